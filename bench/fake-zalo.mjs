// A fake of Zalo's sending APIs for the notification benchmarks (node bench/fake-zalo.mjs PORT).
// Answers like Zalo (HTTP 200, error code in the body) and counts what it received:
//   GET  /stats              -> {calls, distinct, duplicates, maxPerMinute, perPath, first, last}
//   POST /control/fail?seconds=30 -> answer HTTP 503 for that long
//   POST /control/reset      -> forget everything
import http from 'node:http';

const port = Number(process.argv[2] || 18090);
let calls = 0;
const seen = new Map(); // recipient+kind key -> count
const perPath = {};
const times = []; // arrival times (ms) of successful calls, for the per-minute maximum
let failUntil = 0;
let ids = 0;

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
    res.end(JSON.stringify({ calls, distinct: seen.size, duplicates, maxPerMinute: maxPerMinute(), perPath,
      first: times[0] ?? null, last: times[times.length - 1] ?? null }));
    return;
  }
  if (url.pathname === '/control/fail') {
    failUntil = Date.now() + 1000 * Number(url.searchParams.get('seconds') || 30);
    res.end('ok');
    return;
  }
  if (url.pathname === '/control/reset') {
    calls = 0; seen.clear(); times.length = 0; failUntil = 0;
    for (const k of Object.keys(perPath)) delete perPath[k];
    res.end('ok');
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (Date.now() < failUntil) {
      res.statusCode = 503;
      res.end('unavailable');
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
