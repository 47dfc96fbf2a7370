// The cluster bench's mixed load (bench/cluster.sh), until a stop file appears or --max seconds pass:
//   - intake through the API (HAProxy): batches of 5 new dossiers, 4 a second;
//   - intake through RabbitMQ: one new dossier a message, 10 a second, persistent, with publisher confirms
//     (reconnecting when the broker goes away; a message counts as accepted only once confirmed);
//   - public lookups (HAProxy): 4 clients in a closed loop over the demo's codes, each latency recorded;
//   - signed Zalo webhook events (HAProxy): 10 a second, "tra cứu <code>" from a new user each, one in ten
//     redelivered 300 ms later straight to another instance (as Zalo does when it misses the 200).
// Writes what was accepted, so that the shell can check that the database holds all of it:
//   {api: {accepted: [codes], refused, failed}, queue: {confirmed: [codes], unconfirmed}, lookups: [[t, ms, status]],
//    hooks: {acked: [users], redelivered, failed}}
import amqp from 'amqplib';
import crypto from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const lb = `http://127.0.0.1:${arg('lb')}`;
const instances = arg('instances').split(',').map((p) => `http://127.0.0.1:${p}`);
const run = arg('run');                     // a tag that makes this phase's codes and users unique
const day = arg('day');                      // yymmdd used in this phase's dossier codes
const out = arg('out');
const stopFile = arg('stop');
const maxMs = 1000 * Number(arg('max', 300));
const apiKey = arg('api-key', 'bench-key');
const amqpUrl = arg('amqp', 'amqp://guest:guest@127.0.0.1:5672');
const appId = arg('app-id', 'bench-app');
const secret = arg('secret', 'bench-oa-secret');
const codes = arg('codes').split(',');

const result = {
  api: { accepted: [], refused: 0, failed: 0, statuses: {} },
  queue: { confirmed: [], unconfirmed: 0, failed: 0 },
  lookups: [],
  hooks: { acked: [], redelivered: 0, failed: 0 },
};
const start = Date.now();
const running = () => Date.now() - start < maxMs && !existsSync(stopFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let serial = 0;

function record(channel) {
  serial++;
  return {
    code: `000.00.22.H12-${day}-${String(serial).padStart(4, '0')}`,
    procedureCode: '1.001612', agencyCode: '000.00.22.H12',
    applicant: { name: 'Người thử tải ' + serial, type: 'citizen' },
    status: 2, receivedAt: new Date().toISOString(), channel,
  };
}

async function apiIntake() {
  while (running()) {
    const next = Date.now() + 250;
    const batch = [record('desk'), record('desk'), record('desk'), record('desk'), record('desk')];
    try {
      const res = await fetch(`${lb}/api/integration/v1/dossiers`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': apiKey },
        body: JSON.stringify(batch), signal: AbortSignal.timeout(10000),
      });
      const body = await res.json().catch(() => ({}));
      if (res.status === 200) {
        for (const r of body.results || []) {
          if (['created', 'updated', 'unchanged'].includes(r.outcome)) result.api.accepted.push(r.code);
          else result.api.refused++;
        }
      } else {
        result.api.refused += batch.length;
        result.api.statuses[res.status] = (result.api.statuses[res.status] || 0) + 1;
      }
    } catch {
      result.api.failed += batch.length;
    }
    await sleep(Math.max(0, next - Date.now()));
  }
}

async function queueIntake() {
  while (running()) {
    let connection;
    try {
      connection = await amqp.connect(amqpUrl);
      connection.on('error', () => {});
      const channel = await connection.createConfirmChannel();
      channel.on('error', () => {});
      await channel.assertExchange('motcua.dossier-updates', 'topic', { durable: true });
      const closed = new Promise((resolve) => connection.on('close', resolve));
      let open = true;
      closed.then(() => { open = false; });
      while (running() && open) {
        const next = Date.now() + 100;
        const r = record('online');
        channel.publish('motcua.dossier-updates', 'bench', Buffer.from(JSON.stringify(r)),
          { persistent: true, contentType: 'application/json' }, (err) => {
            if (err) result.queue.unconfirmed++; else result.queue.confirmed.push(r.code);
          });
        await sleep(Math.max(0, next - Date.now()));
      }
      if (open) {
        await channel.waitForConfirms().catch(() => {});
        await connection.close().catch(() => {});
      }
    } catch {
      result.queue.failed++;
      await sleep(500);
    }
  }
}

async function lookups() {
  while (running()) {
    const code = codes[Math.floor(Math.random() * codes.length)];
    const t = Date.now();
    let status = 0;
    try {
      const res = await fetch(`${lb}/api/public/v1/dossiers/${code}`, { signal: AbortSignal.timeout(10000) });
      await res.arrayBuffer();
      status = res.status;
    } catch { /* status 0: no answer */ }
    result.lookups.push([t, Date.now() - t, status]);
    if (status !== 200) await sleep(50);
  }
}

function signed(n) {
  const ts = String(Date.now());
  const user = `hook-${run}-${n}`;
  const body = JSON.stringify({
    app_id: appId, sender: { id: user }, user_id_by_app: `88${run}${n}`, recipient: { id: 'bench-oa' },
    event_name: 'user_send_text',
    message: { text: `tra cứu ${codes[n % codes.length]}`, msg_id: `msg-${run}-${n}` }, timestamp: ts,
  });
  const mac = crypto.createHash('sha256').update(appId + body + ts + secret).digest('hex');
  return { user, body, mac };
}

async function postHook(base, event) {
  const res = await fetch(`${base}/zalo/webhook`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-ZEvent-Signature': `mac=${event.mac}` },
    body: event.body, signal: AbortSignal.timeout(10000),
  });
  await res.arrayBuffer();
  return res.status;
}

async function webhooks() {
  let n = 0;
  const pending = [];
  while (running()) {
    const next = Date.now() + 100;
    const k = n++;
    const event = signed(k);
    pending.push(postHook(lb, event).then(async (status) => {
      if (status === 200) result.hooks.acked.push(event.user); else result.hooks.failed++;
      if (k % 10 === 0) {
        await sleep(300);
        result.hooks.redelivered++;
        await postHook(instances[(k / 10) % instances.length], event).catch(() => {});
      }
    }).catch(() => { result.hooks.failed++; }));
    await sleep(Math.max(0, next - Date.now()));
  }
  await Promise.allSettled(pending);
}

await Promise.all([apiIntake(), queueIntake(), lookups(), lookups(), lookups(), lookups(), webhooks()]);
writeFileSync(out, JSON.stringify(result));
console.log(`load ${run}: api ${result.api.accepted.length} accepted, queue ${result.queue.confirmed.length} confirmed, `
  + `${result.lookups.length} lookups, ${result.hooks.acked.length} webhook events acknowledged`);
process.exit(0);
