// Summarises the CPU samples of a JFR recording (jdk.ExecutionSample) by top frame, by the first project frame
// (vn.motcua.*) on the stack, by package group of the top frame, and by thread name.
//   jfr print --json --events jdk.ExecutionSample bench/out/intake.jfr > /tmp/samples.json
//   node bench/jfr-top.mjs /tmp/samples.json [rows]
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg || 15);
const events = JSON.parse(readFileSync(file, 'utf8')).recording.events;
const frameName = (f) => `${f.method.type.name.replace(/\//g, '.')}.${f.method.name}`;
const group = (name) => {
  const rules = [
    [/^vn\.motcua\./, 'vn.motcua (project code)'], [/^org\.hibernate\./, 'Hibernate (ORM + Reactive)'],
    [/^io\.vertx\.pgclient|^io\.vertx\.sqlclient/, 'Vert.x PG client'], [/^io\.netty\./, 'Netty'],
    [/^io\.vertx\./, 'Vert.x core'], [/^com\.fasterxml\.jackson\./, 'Jackson'],
    [/^io\.smallrye\.mutiny\./, 'Mutiny'], [/^io\.quarkus\./, 'Quarkus'], [/^org\.jboss\.resteasy\./, 'RESTEasy Reactive'],
    [/^java\.|^jdk\.|^sun\./, 'JDK'],
  ];
  for (const [re, label] of rules) if (re.test(name)) return label;
  return name.split('.').slice(0, 2).join('.');
};
const count = (map, key) => map.set(key, (map.get(key) || 0) + 1);
const top = new Map(); const project = new Map(); const groups = new Map(); const threads = new Map();
const inclusiveGroups = new Map(); const inclusive = new Map();
for (const e of events) {
  const frames = e.values.stackTrace?.frames || [];
  if (!frames.length) continue;
  count(top, frameName(frames[0]));
  count(groups, group(frameName(frames[0])));
  const own = frames.find((f) => f.method.type.name.replace(/\//g, '.').startsWith('vn.motcua.'));
  count(project, own ? frameName(own) : '(no project frame on the stack)');
  for (const g of new Set(frames.map((f) => group(frameName(f))))) count(inclusiveGroups, g);
  for (const m of new Set(frames.map(frameName))) count(inclusive, m);
  count(threads, (e.values.sampledThread?.javaName || e.values.sampledThread?.osName || '?').replace(/\d+/g, 'N'));
}
const total = events.length;
const print = (title, map) => {
  console.log(`\n${title}`);
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, rows)
    .forEach(([k, v]) => console.log(`${(100 * v / total).toFixed(1).padStart(5)}%  ${v.toString().padStart(6)}  ${k}`));
};
console.log(`${total} execution samples`);
print('by package group of the top frame', groups);
print('by thread', threads);
print('by top frame', top);
print('samples with the group anywhere on the stack (inclusive)', inclusiveGroups);
print('samples with the method anywhere on the stack (inclusive)', inclusive);
print('by first project frame on the stack', project);
