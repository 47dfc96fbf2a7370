// Figures of one phase of bench/cluster.sh from what cluster-load.mjs and the health poller wrote:
//   node cluster-report.mjs PHASE FAULT_START_MS FAULT_END_MS OUT_DIR
// Recovery is when clients stopped seeing errors (the last failed lookup after the fault began) or the fault's
// end, whichever is later; "during" is from the fault's start to recovery, "after" from 5 s after recovery.
import { readFileSync } from 'node:fs';

const [phase, f0s, f1s, out] = process.argv.slice(2);
const f0 = Number(f0s);
const f1 = Number(f1s);
const load = JSON.parse(readFileSync(`${out}/load-${phase}.json`, 'utf8'));
const health = readFileSync(`${out}/health-${phase}.log`, 'utf8').trim().split('\n').filter(Boolean)
  .map((line) => { const [t, who, state] = line.split(' '); return { t: Number(t), who, state }; });

const lookups = load.lookups;
const failedAfterFault = lookups.filter(([t, , status]) => t >= f0 && status !== 200);
const lastError = failedAfterFault.length ? failedAfterFault.reduce((m, [t, ms]) => Math.max(m, t + ms), 0) : null;
const recovered = Math.max(f1, lastError ?? f1);
const end = lookups.reduce((m, [t]) => Math.max(m, t), 0);

function stats(samples) {
  if (!samples.length) return 'no samples';
  const ms = samples.map(([, d]) => d).sort((a, b) => a - b);
  const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  const errors = samples.filter(([, , s]) => s !== 200).length;
  return `${samples.length} lookups, ${errors} not 200, p50 ${q(0.5)} ms, p99 ${q(0.99)} ms`;
}
const before = lookups.filter(([t]) => t < f0);
const during = lookups.filter(([t]) => t >= f0 && t <= recovered);
const after = lookups.filter(([t]) => t >= recovered + 5000 && t <= end);

// health: per instance, the states it went through from the fault's start until 2 s after recovery
const window = health.filter((h) => h.t >= f0 && h.t <= recovered + 2000);
const byInstance = {};
for (const h of window) {
  const runs = (byInstance[h.who] ||= []);
  const last = runs[runs.length - 1];
  if (last && last.state === h.state) last.n++; else runs.push({ state: h.state, n: 1 });
}
const healthText = Object.entries(byInstance).sort()
  .map(([who, runs]) => `${who}: ${runs.map((r) => `${r.state} x${r.n}s`).join(' -> ')}`).join('; ');

const s = (ms) => (ms / 1000).toFixed(1);
console.log(`  recovery: the fault lasted ${s(f1 - f0)} s; clients ${lastError ? `saw errors until ${s(lastError - f0)} s after it began` : 'saw no failed lookup'}`);
console.log(`  /q/health during the fault (one poll a second): ${healthText || 'no poll'}`);
console.log(`  lookups before: ${stats(before)}`);
console.log(`  lookups during: ${stats(during)}`);
console.log(`  lookups after:  ${stats(after)}`);
console.log(`  intake refused or failed at the door (not accepted, the sender retries): API ${load.api.refused + load.api.failed} records (HTTP statuses of refused batches: ${JSON.stringify(load.api.statuses)}), queue ${load.queue.unconfirmed} unconfirmed / ${load.queue.failed} connection failures; webhook posts failed: ${load.hooks.failed}`);
