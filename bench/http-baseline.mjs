// The baseline of the notification benchmark: the same number of POSTs to the same fake, from node,
// with the same concurrency, and nothing else (no database, no rendering). Prints requests per second.
import http from 'node:http';

const [port, total, concurrency] = [Number(process.argv[2]), Number(process.argv[3]), Number(process.argv[4])];
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const body = JSON.stringify({ recipient: { user_id: 'baseline' }, message: { text: 'x'.repeat(300) } });
let started = 0;
let done = 0;
const t0 = process.hrtime.bigint();
function one() {
  if (started >= total) return;
  const i = started++;
  const req = http.request({ host: '127.0.0.1', port, path: '/v3.0/oa/message/cs', method: 'POST', agent,
    headers: { 'Content-Type': 'application/json', access_token: 't', 'x-n': i } }, (res) => {
    res.resume();
    res.on('end', () => {
      done++;
      if (done === total) {
        const s = Number(process.hrtime.bigint() - t0) / 1e9;
        console.log(Math.round(total / s));
        agent.destroy();
      } else one();
    });
  });
  req.end(body);
}
for (let i = 0; i < concurrency; i++) one();
