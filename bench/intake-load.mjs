// Load generator of the intake benchmark (bench/intake.sh): DVCQG DongBoHoSoMC batches, as one-stop systems send
// them to POST /api/integration/dvcqg, from a few concurrent senders; each sender takes the next batch as soon as
// its previous one is answered (closed loop).
//
//   node bench/intake-load.mjs --port 8098 --key KEY --mode new|update --from 0 --count 20000 \
//        [--batch 500] [--senders 4] [--status 4] [--rate 1000]
//
// Records k = from .. from+count-1 get the code agency(k)-YYMMDD(k)-NNNN(k) (reception dates in 2018, before
// anything the dossier generator writes, so the codes never meet generated ones). "new" sends them with status 2
// (accepted); "update" sends the same snapshots again with --status (default 4, being processed): one status
// change, one timeline event and one outbox row each. All bodies are built before the clock starts.
// --rate R paces the senders instead (open loop, the mixed run of bench/mixed.sh): batch i leaves no earlier than
// i * batch / R seconds after the start, so R records a second arrive as long as the app keeps up.
// Prints one JSON line: {"mode","records","seconds","perSecond","outcomes":{...},"errorCodes":{...},
// "batchP50","batchP99","httpErrors"} (batch latencies in ms).
// --queue AMQP_URL publishes the same bodies to the dossier-updates exchange instead (the queue door, bench/
// intake-queue.sh; amqplib from bench/node_modules), then waits until the public lookup shows the last record's
// status: the app's one consumer applies messages in order, so then every record is applied. Prints
// {"mode","door":"queue","records","seconds","perSecond","publishSeconds"}.
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const port = Number(args.port || 8098);
const key = args.key;
const mode = args.mode || 'new';
const from = Number(args.from || 0);
const count = Number(args.count || 20000);
const batchSize = Number(args.batch || 500);
const senders = Number(args.senders || 4);
const newStatus = String(args.status || (mode === 'new' ? '2' : '4'));
const rate = Number(args.rate || 0);
const queue = args.queue;
if (!key) throw new Error('--key is required');

// the agencies of the demo reference data (bench/intake.sh starts the app with MOTCUA_DEMO_DATA=true)
const agencies = [
  ['000.00.20.H12', 'UBND thành phố Phan Thiết'], ['000.00.21.H12', 'UBND thị xã La Gi'],
  ['000.00.22.H12', 'UBND huyện Hàm Thuận Bắc'], ['000.00.23.H12', 'UBND huyện Hàm Thuận Nam'],
  ['000.00.24.H12', 'UBND huyện Bắc Bình'], ['000.00.25.H12', 'UBND huyện Tuy Phong'],
  ['000.00.26.H12', 'UBND huyện Tánh Linh'], ['000.00.27.H12', 'UBND huyện Đức Linh'],
  ['000.00.28.H12', 'UBND huyện Hàm Tân'], ['000.00.29.H12', 'UBND huyện Phú Quý'],
];
const procedures = [
  ['1.001612', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'G09-TN01', 'Đất đai', 30],
  ['1.004227', 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng', 'G09-TN01', 'Đất đai', 10],
  ['1.009994', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'XD', 'Hoạt động xây dựng', 15],
  ['2.000635', 'Cấp bản sao trích lục hộ tịch', 'HT', 'Hộ tịch', 1],
  ['2.000720', 'Đăng ký thành lập hộ kinh doanh', 'KD', 'Thành lập và hoạt động của hộ kinh doanh', 3],
];
const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi'];
const middle = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Hữu', 'Thanh'];
const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khoa', 'Lan', 'Mai', 'Nam', 'Oanh', 'Phúc'];

const pad = (n, w) => String(n).padStart(w, '0');
const day0 = Date.UTC(2018, 0, 1);
function stamp(ms, hhmmss) { // yyyyMMdd + time, the DVCQG date string
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}${hhmmss}`;
}

function record(k) {
  const [agencyCode, agencyName] = agencies[k % agencies.length];
  const [procCode, procName, fieldCode, fieldName, days] = procedures[Math.floor(k / 10) % procedures.length];
  const received = day0 + Math.floor(k / 100000) * 86400000; // 10 agencies x 10,000 sequence numbers a day
  const yymmdd = stamp(received, '').slice(2, 8);
  const code = `${agencyCode}-${yymmdd}-${pad(Math.floor(k / 10) % 10000, 4)}`;
  return {
    MaHoSo: code, MaTTHC: procCode, TenTTHC: procName, MaLinhVuc: fieldCode, TenLinhVuc: fieldName,
    ChuHoSo: `${family[k % 10]} ${middle[Math.floor(k / 10) % 6]} ${given[Math.floor(k / 60) % 12]}`,
    LoaiDoiTuong: k % 7 === 0 ? '2' : '1', SoDienThoai: `09${pad(k % 100000000, 8)}`,
    MaDoiTuong: '', Email: '', TrichYeuHoSo: procName,
    NgayTiepNhan: stamp(received, '083000'), NgayHenTra: stamp(received + days * 1.4 * 86400000, '170000'),
    NgayKetThucXuLy: '', NgayTra: '', TrangThaiHoSo: newStatus,
    DonViXuLy: agencyName, HinhThuc: '0', KenhThucHien: String(1 + (k % 3)),
  };
}

const bodies = [];
for (let start = from; start < from + count; start += batchSize) {
  const data = [];
  for (let k = start; k < Math.min(start + batchSize, from + count); k++) data.push(record(k));
  bodies.push({
    records: data.length,
    body: JSON.stringify({ service: 'DongBoHoSoMC', isUpdating: mode === 'new' ? 'False' : 'True', data }),
  });
}

if (queue) {
  const { default: amqp } = await import('amqplib');
  const connection = await amqp.connect(queue);
  const channel = await connection.createConfirmChannel();
  const last = JSON.parse(bodies[bodies.length - 1].body).data.at(-1).MaHoSo;
  const t0 = performance.now();
  for (const b of bodies) {
    channel.publish('motcua.dossier-updates', 'dvcqg', Buffer.from(b.body),
      { contentType: 'application/json', persistent: true });
  }
  await channel.waitForConfirms();
  const published = performance.now();
  for (;;) { // the last record applied means all are: one consumer, messages in order
    const res = await fetch(`http://127.0.0.1:${port}/api/public/v1/dossiers/${encodeURIComponent(last)}`);
    if (res.status === 200 && String((await res.json()).status?.code) === newStatus) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - t0) / 1000;
  await connection.close();
  console.log(JSON.stringify({
    mode, door: 'queue', records: count, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(count / seconds),
    publishSeconds: Number(((published - t0) / 1000).toFixed(2)),
  }));
  process.exit(0);
}

const outcomes = {};
const errorCodes = {};
const latencies = [];
let httpErrors = 0;
let next = 0;
let started;
async function sender() {
  while (next < bodies.length) {
    const i = next++;
    const b = bodies[i];
    if (rate > 0) {
      const due = started + (i * batchSize * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const t0 = performance.now();
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/integration/dvcqg`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': key }, body: b.body,
      });
      const text = await res.text();
      latencies.push(performance.now() - t0);
      if (res.status !== 200) { httpErrors++; console.error(`HTTP ${res.status}: ${text.slice(0, 300)}`); continue; }
      const answer = JSON.parse(text);
      errorCodes[answer.error_code] = (errorCodes[answer.error_code] || 0) + 1;
      for (const r of answer.data || []) {
        const o = r.ket_qua || (r.retryable ? 'retry-later' : 'rejected');
        outcomes[o] = (outcomes[o] || 0) + 1;
        if (!r.ket_qua && (outcomes[o] || 0) <= 3) console.error(`record ${r.MaHoSo}: ${r.message}`);
      }
    } catch (e) {
      httpErrors++;
      console.error(String(e));
    }
  }
}

const t0 = performance.now();
started = t0;
await Promise.all(Array.from({ length: senders }, sender));
const seconds = (performance.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] || 0);
console.log(JSON.stringify({
  mode, records: count, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(count / seconds), outcomes,
  errorCodes, batchP50: at(0.5), batchP99: at(0.99), httpErrors,
}));
