// Checks what -Pimage produced, so that CI notices a broken image or manifest before an operator does:
//   node check-image.mjs IMAGE.tar kubernetes.json
// The image: a `docker save` tarball whose manifest, config and layers agree, starting the fast-jar with Java
// as an unprivileged user on port 8080, with no embedded PostgreSQL binaries inside. The manifests: a
// Deployment with liveness, readiness and startup probes on /q/health, resources, settings from a ConfigMap
// and a Secret, the production profile; and a Service.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const [imageTar, kubeJson] = process.argv.slice(2);
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };
const tarText = (file, entry) => execFileSync('tar', ['-xOf', file, entry], { maxBuffer: 1 << 20 }).toString();

// --- the image ---
const entries = execFileSync('tar', ['-tf', imageTar]).toString().trim().split('\n');
const [manifest] = JSON.parse(tarText(imageTar, 'manifest.json'));
const config = JSON.parse(tarText(imageTar, manifest.Config));
check(manifest.RepoTags?.[0]?.includes('motcua-zalo'), 'image tag names motcua-zalo');
check(manifest.Layers.every((l) => entries.includes(l)), 'every layer of the manifest is in the tarball');
check(config.rootfs.diff_ids.length === manifest.Layers.length, 'one diff id per layer');
check(config.os === 'linux' && config.architecture === 'amd64', 'linux/amd64');
const entrypoint = (config.config.Entrypoint || []).join(' ');
check(/^(\/opt\/java\/bin\/)?java /.test(entrypoint) && entrypoint.includes('-jar quarkus-run.jar'), `entrypoint runs the fast-jar (${entrypoint})`);
// the whole heap from the start (docs/deployment.md): from the default initial heap G1 collected about once a second
// during intake, each pause holding every request in flight
check(entrypoint.includes('-XX:InitialRAMPercentage=70') && entrypoint.includes('-XX:MaxRAMPercentage=70'),
  `the heap is 70 % of the memory limit from the start (${entrypoint})`);
check(config.config.User && config.config.User !== '0' && config.config.User !== 'root', 'runs as an unprivileged user');
check(Object.keys(config.config.ExposedPorts || {}).includes('8080/tcp'), 'exposes 8080');
let files = [];
for (const layer of manifest.Layers) {
  const list = execFileSync('sh', ['-c', `tar -xOf "$0" "$1" | tar --warning=no-unknown-keyword -tzf -`, imageTar, layer], { maxBuffer: 64 << 20 })
    .toString().split('\n');
  files = files.concat(list);
}
check(files.some((f) => /opt\/java\/bin\/java$/.test(f)), 'a Java runtime at /opt/java');
check(files.some((f) => /quarkus-run\.jar$/.test(f)), 'the fast-jar');
check(files.some((f) => /lib\/main\/io\.quarkus\.quarkus-core-/.test(f)), 'the application libraries');
check(!files.some((f) => /embedded-postgres-binaries/.test(f)), 'no embedded PostgreSQL binaries');
check(!files.some((f) => /^(\.\/)?[^/]+\.(sh|mjs)$/.test(f)), 'no build scripts at the image root (Jib copies src/main/jib there)');
const megabytes = Math.round(statSync(imageTar).size / 1048576);
check(megabytes < 400, `image under 400 MB (${megabytes} MB)`);

// --- the Kubernetes manifests ---
const kube = JSON.parse(readFileSync(kubeJson, 'utf8'));
const items = Array.isArray(kube) ? kube : kube.items || [kube];
const deployment = items.find((i) => i.kind === 'Deployment');
const service = items.find((i) => i.kind === 'Service');
check(deployment, 'a Deployment');
check(service?.spec?.ports?.some((p) => p.targetPort === 8080), 'a Service to port 8080');
const container = deployment?.spec?.template?.spec?.containers?.[0] || {};
check(deployment?.spec?.replicas >= 2, 'at least two replicas');
check(container.image?.endsWith(manifest.RepoTags[0]), `the Deployment runs the built image (${container.image})`);
check(container.readinessProbe?.httpGet?.path === '/q/health/ready', 'readiness probe on /q/health/ready');
check(container.livenessProbe?.httpGet?.path === '/q/health/live', 'liveness probe on /q/health/live');
check(container.startupProbe?.httpGet?.path === '/q/health/started', 'startup probe on /q/health/started');
check(container.resources?.requests?.memory && container.resources?.limits?.memory, 'memory requests and limits');
check(container.resources?.requests?.cpu, 'a CPU request');
check((container.envFrom || []).some((e) => e.secretRef?.name), 'settings from a Secret');
check((container.envFrom || []).some((e) => e.configMapRef?.name), 'settings from a ConfigMap');
check((container.env || []).some((e) => e.name === 'QUARKUS_PROFILE' && e.value === 'production'), 'the production profile');

if (problems.length) {
  console.error(`image check: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`image check: ${imageTar} (${megabytes} MB, ${manifest.Layers.length} layers, ${files.length} files) and `
  + `${items.length} Kubernetes objects are valid`);
