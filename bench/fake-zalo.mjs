// A fake of Zalo's sending APIs for the notification benchmarks (node bench/fake-zalo.mjs PORT).
// Answers like Zalo (HTTP 200, error code in the body) and counts what it received:
//   GET  /stats              -> {calls, distinct, duplicates, maxPerMinute, perPath, first, last}
//   GET  /stats?prefix=hook- -> also {prefix: {users, messages, duplicates}} for recipients with that prefix
//   POST /control/fail?seconds=30 -> answer HTTP 503 for that long; &mode=mixed: every other call is held
//                                   HOLD_MS (7 s, past the app's 5 s send timeout) before its 503
//   POST /control/reset      -> forget everything but the token pair and the chat replies (hook-... recipients)
//   POST /v4/oa/access_token -> Zalo's OAuth refresh: refresh tokens are single-use, as Zalo's are; counted
//                               in /stats as tokenRefreshes (issued) and tokenRefused
import http from 'node:http';

const port = Number(process.argv[2] || 18090);
let calls = 0;
const seen = new Map(); // recipient+kind key -> count
const perPath = {};
const times = []; // arrival times (ms) of successful calls, for the per-minute maximum
let failUntil = 0;
let failMode = 'http503';
let failCount = 0;
let ids = 0;
const HOLD_MS = 7000;
let refreshToken = process.env.FAKE_REFRESH_TOKEN || 'bench-refresh';
let tokenRefreshes = 0;
let tokenRefused = 0;

function prefixStats(prefix, list) {
  const users = new Set();
  let messages = 0;
  let duplicates = 0;
  for (const [key, n] of seen) {
    const who = key.slice(0, key.indexOf('|'));
    if (!who.startsWith(prefix)) continue;
    users.add(who);
    messages += n;
    duplicates += n - 1;
  }
  return { users: users.size, messages, duplicates, ...(list ? { list: [...users] } : {}) };
}

function maxPerMinute() {
  let max = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end] - times[start] >= 60000) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'GET' && url.pathname === '/stats') {
    const duplicates = [...seen.values()].reduce((a, n) => a + (n - 1), 0);
    res.setHeader('Content-Type', 'application/json');
    const prefix = url.searchParams.get('prefix');
    res.end(JSON.stringify({ calls, distinct: seen.size, duplicates, maxPerMinute: maxPerMinute(), perPath,
      first: times[0] ?? null, last: times[times.length - 1] ?? null, tokenRefreshes, tokenRefused,
      ...(prefix ? { prefix: prefixStats(prefix, url.searchParams.get('list')) } : {}) }));
    return;
  }
  if (url.pathname === '/control/fail') {
    failUntil = Date.now() + 1000 * Number(url.searchParams.get('seconds') || 30);
    failMode = url.searchParams.get('mode') || 'http503';
    res.end('ok');
    return;
  }
  if (url.pathname === '/control/reset') {
    // chat replies (recipients hook-...) are kept: a late reply to an earlier phase's message still counts
    calls = 0; times.length = 0; failUntil = 0;
    for (const key of [...seen.keys()]) if (!key.startsWith('hook-')) seen.delete(key);
    for (const k of Object.keys(perPath)) delete perPath[k];
    res.end('ok');
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (url.pathname === '/v4/oa/access_token') {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      res.setHeader('Content-Type', 'application/json');
      if (form.get('refresh_token') !== refreshToken) {
        tokenRefused++;
        res.end(JSON.stringify({ error: -14014, message: 'Invalid refresh token' }));
        return;
      }
      tokenRefreshes++;
      refreshToken = 'bench-refresh-' + tokenRefreshes;
      res.end(JSON.stringify({ access_token: 'bench-access-' + tokenRefreshes, refresh_token: refreshToken,
        expires_in: '90000' }));
      return;
    }
    if (Date.now() < failUntil) {
      const hold = failMode === 'mixed' && (failCount++ % 2 === 1);
      setTimeout(() => { res.statusCode = 503; res.end('unavailable'); }, hold ? HOLD_MS : 0);
      return;
    }
    let body = {};
    try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { /* counted anyway */ }
    calls++;
    times.push(Date.now());
    perPath[url.pathname] = (perPath[url.pathname] || 0) + 1;
    const who = body.recipient?.user_id || body.user_id || body.phone || 'unknown';
    const text = body.message?.text || body.template_id || '';
    // one dossier per citizen in the benchmark: the recipient and the message kind identify a message
    const key = who + '|' + text.slice(0, 40);
    seen.set(key, (seen.get(key) || 0) + 1);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ error: 0, message: 'Success', data: { message_id: 'fake-' + (++ids), msg_id: 'fake-' + ids } }));
  });
}).listen(port, '127.0.0.1', () => console.log(`fake Zalo on ${port}`));
