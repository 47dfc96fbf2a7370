// Closed-loop load on the public lookup for the notification benchmark's "lookups during a fan-out" run:
// node bench/lookup-load.mjs PORT CODE SECONDS CONCURRENCY -> {"requests","perSecond","p50","p99"} (ms)
import http from 'node:http';

const [port, code, seconds, concurrency] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4]),
  Number(process.argv[5] || 8)];
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const latencies = [];
const end = Date.now() + seconds * 1000;
let errors = 0;

function one(resolve) {
  if (Date.now() >= end) return resolve();
  const t0 = process.hrtime.bigint();
  http.get({ host: '127.0.0.1', port, path: `/api/public/v1/dossiers/${encodeURIComponent(code)}`, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      if (res.statusCode !== 200) errors++;
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      one(resolve);
    });
  }).on('error', () => { errors++; one(resolve); });
}

await Promise.all(Array.from({ length: concurrency }, () => new Promise(one)));
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
console.log(JSON.stringify({ requests: latencies.length, errors, perSecond: Math.round(latencies.length / seconds),
  p50: at(0.5), p99: at(0.99) }));
agent.destroy();
