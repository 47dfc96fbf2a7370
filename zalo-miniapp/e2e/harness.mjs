/**
 * End-to-end harness shared by the journeys (`npm run test:e2e`) and the
 * screenshots (`npm run screenshots`): starts the built backend jar on a free
 * port with its own embedded PostgreSQL and demo data, drives Debian's
 * Chromium through playwright-core at phone size, and watches every page's
 * console.
 *
 * Plain ESM JavaScript (typed through JSDoc) so that both the Vitest e2e
 * project and a plain `node` script can use it.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/** zalo-miniapp/ */
export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));
export const DIST_DIR = path.join(APP_DIR, "dist");
/** Backend log and other run output (git-ignored). */
export const OUTPUT_DIR = path.join(APP_DIR, "e2e", ".output");
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** A small phone. */
export const VIEWPORT = { width: 360, height: 740 };
/** Integration API key the backend is started with (MOTCUA_INTEGRATION_BOOTSTRAP_KEY). */
export const INTEGRATION_KEY = "e2e-Kq7Vn3Xw9Lr2Tb5Mz8Hc4Pd6Fs1Gy0Jx";
export const BACKEND_START_TIMEOUT_MS = 180_000;
const BACKEND_STOP_TIMEOUT_MS = 30_000;

/** Demo dossiers the backend loads at start (backend/src/main/java/vn/motcua/demo/DemoDossiers.java). */
export const DEMO = {
  /** status 2, applicant Nguyễn Văn Bình, phone 0912345678 */
  received: "000.00.22.H12-261120-0007",
  /** status 5 with a supplement list, applicant Trần Thị Hoa, phone 0987654321 */
  supplement: "000.12.00.H36-261118-0012",
  /** status 6 with a fee */
  fees: "000.10.00.H36-261110-0021",
  /** status 10 (result returned), applicant Võ Minh Khoa, phone 0934555666: can be rated */
  returned: "000.11.00.H36-260901-0004",
  /** status 4, due date moved */
  dueMoved: "000.00.01.H36-261001-0015",
  /** a pre-merger code ... */
  oldCode: "000.00.22.H12-250310-0042",
  /** ... and the code it resolves to */
  oldCodeCurrent: "000.12.00.H36-250310-0042",
};

/** Same content types as the backend's MiniAppResource. */
const CONTENT_TYPES = {
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  html: "text/html; charset=utf-8",
  json: "application/json",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  woff2: "font/woff2",
  webp: "image/webp",
};

export class HarnessError extends Error {}

// ---------------------------------------------------------------------------
// Prerequisites

/** Path of the backend jar: $BACKEND_JAR (relative to the current folder) or the Maven build output. */
export function backendJar() {
  const fromEnv = process.env.BACKEND_JAR?.trim();
  return fromEnv
    ? path.resolve(process.cwd(), fromEnv)
    : path.resolve(APP_DIR, "../backend/target/quarkus-app/quarkus-run.jar");
}

/**
 * On a fresh Debian machine where we run as root (this project's machines and CI), the test command sets
 * up Debian's Chromium itself, so that `./mvnw verify` needs nothing installed by hand. Never a browser
 * download: only the distribution's package.
 */
function installChromiumIfMissing() {
  if (existsSync(CHROMIUM_PATH) || process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    return;
  }
  console.log(`[e2e] ${CHROMIUM_PATH} missing: installing Debian's chromium package`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
}

/** Fails with one clear message per missing piece: Chromium, the Mini App build, the jar, Java. */
export function checkPrerequisites() {
  installChromiumIfMissing();
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new HarnessError(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium); ` +
        "the tests never download a browser.",
    );
  }
  if (!existsSync(path.join(DIST_DIR, "index.html"))) {
    throw new HarnessError(`No Mini App build in ${DIST_DIR}: run \`npm run build\` first.`);
  }
  const jar = backendJar();
  if (!existsSync(jar)) {
    throw new HarnessError(
      `Backend jar not found at ${jar}: build the backend (./mvnw package at the repository root) or set BACKEND_JAR.`,
    );
  }
  const java = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (java.error || java.status !== 0) {
    throw new HarnessError("`java` is not on the PATH: the backend jar needs Java 17 or newer.");
  }
}

// ---------------------------------------------------------------------------
// Backend

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function logTail(file, lines = 40) {
  try {
    return readFileSync(file, "utf-8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no backend log)";
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {object} Backend
 * @property {string} baseUrl   http://127.0.0.1:{port}
 * @property {number} port
 * @property {string} logFile
 * @property {() => Promise<void>} stop  stops Java (and so its embedded PostgreSQL) and removes the data folder
 */

/**
 * Starts the backend jar on a free port with a fresh embedded database and
 * waits until the demo data answers. Always stop() it, also on failure.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<Backend>}
 */
export async function startBackend(options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  const jar = backendJar();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "motcua-e2e-"));
  const pgDir = path.join(dataDir, "postgres");
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const logFile = path.join(OUTPUT_DIR, "backend.log");
  const out = openSync(logFile, "w");

  const env = { ...process.env };
  // The embedded database starts only when no datasource is configured.
  for (const name of Object.keys(env)) {
    if (name.startsWith("QUARKUS_DATASOURCE_")) {
      delete env[name];
    }
  }
  Object.assign(env, {
    MOTCUA_EMBEDDED_DATA_DIR: pgDir,
    MOTCUA_INTEGRATION_BOOTSTRAP_KEY: INTEGRATION_KEY,
    MOTCUA_DEMO_DATA: "true",
    MOTCUA_PUBLIC_BASE_URL: baseUrl,
    QUARKUS_HTTP_PORT: String(port),
    QUARKUS_HTTP_HOST: "127.0.0.1",
  });

  log(
    `[e2e] starting ${path.relative(process.cwd(), jar) || jar} on port ${port} (log: ${path.relative(process.cwd(), logFile)})`,
  );
  const child = spawn("java", ["-Xmx512m", "-jar", jar], { cwd: dataDir, env, stdio: ["ignore", out, out] });
  closeSync(out);
  let exited = child.exitCode !== null;
  child.once("exit", () => {
    exited = true;
  });
  // Last resort if this process ends without stop(): SIGTERM lets Java stop its PostgreSQL.
  const onExit = () => {
    if (!exited) {
      child.kill("SIGTERM");
    }
  };
  process.once("exit", onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) {
      return;
    }
    stopped = true;
    process.removeListener("exit", onExit);
    if (!exited) {
      child.kill("SIGTERM");
      const deadline = Date.now() + BACKEND_STOP_TIMEOUT_MS;
      while (!exited && Date.now() < deadline) {
        await sleep(100);
      }
      if (!exited) {
        log("[e2e] backend did not stop within 30 s: killing it");
        child.kill("SIGKILL");
        while (!exited) {
          await sleep(100);
        }
      }
    }
    // Java stops its PostgreSQL in a shutdown hook; if that did not happen, stop that one process.
    const pidFile = path.join(pgDir, "postmaster.pid");
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, "utf-8").split("\n")[0]);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
        log(`[e2e] embedded PostgreSQL (pid ${pid}) still running: stopping it`);
        process.kill(pid, "SIGTERM");
        const deadline = Date.now() + 10_000;
        while (isAlive(pid) && Date.now() < deadline) {
          await sleep(100);
        }
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const started = Date.now();
  // The demo loads its memorable dossiers one by one after start-up; this is the last of them, so once it
  // answers every journey's dossier is there (waiting for the first one raced with the later ones).
  const probe = `${baseUrl}/api/public/v1/dossiers/000.15.00.H36-261105-0008`;
  try {
    for (;;) {
      if (exited) {
        throw new HarnessError(
          `The backend exited during start-up (exit code ${child.exitCode}). Last lines of its log:\n${logTail(logFile)}`,
        );
      }
      if (Date.now() - started > BACKEND_START_TIMEOUT_MS) {
        throw new HarnessError(
          `The backend did not answer ${probe} with 200 within ${BACKEND_START_TIMEOUT_MS / 1000} s. Last lines of its log:\n${logTail(logFile)}`,
        );
      }
      try {
        const response = await fetch(probe, { signal: AbortSignal.timeout(2000) });
        if (response.status === 200) {
          break;
        }
      } catch {
        // not listening yet
      }
      await sleep(500);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  log(`[e2e] backend ready at ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { baseUrl, port, logFile, stop };
}

/**
 * Which Mini App build the pages get. "backend": the jar serves the same
 * build as dist/ (what the root Maven build produces). "dist": the jar was
 * built from an older dist/, so the harness answers /miniapp/ files from
 * dist/ while every page route still goes to the backend (see installDistOverlay).
 * @param {string} baseUrl
 * @returns {Promise<"backend" | "dist">}
 */
export async function miniAppSource(baseUrl) {
  const response = await fetch(`${baseUrl}/miniapp/`);
  if (response.status !== 200) {
    throw new HarnessError(`The backend answered GET /miniapp/ with ${response.status}: it should serve the Mini App.`);
  }
  const served = await response.text();
  const built = readFileSync(path.join(DIST_DIR, "index.html"), "utf-8");
  return served === built ? "backend" : "dist";
}

// ---------------------------------------------------------------------------
// Integration API (the receipt link and its QR code)

/**
 * @param {string} baseUrl
 * @param {string} code
 * @returns {Promise<{ url: string, token: string }>}
 */
export async function receiptLink(baseUrl, code) {
  const response = await fetch(`${baseUrl}/api/integration/v1/dossiers/${encodeURIComponent(code)}/link`, {
    headers: { "X-Api-Key": INTEGRATION_KEY, Accept: "application/json" },
  });
  if (response.status !== 200) {
    throw new HarnessError(`GET .../dossiers/${code}/link answered ${response.status}: ${await response.text()}`);
  }
  return /** @type {{ url: string, token: string }} */ (await response.json());
}

/**
 * @param {string} baseUrl
 * @param {string} code
 * @returns {Promise<Buffer>} the receipt's QR code as PNG
 */
export async function receiptQrPng(baseUrl, code) {
  const response = await fetch(`${baseUrl}/api/integration/v1/dossiers/${encodeURIComponent(code)}/qr.png`, {
    headers: { "X-Api-Key": INTEGRATION_KEY },
  });
  if (response.status !== 200 || !(response.headers.get("content-type") ?? "").startsWith("image/png")) {
    throw new HarnessError(
      `GET .../dossiers/${code}/qr.png answered ${response.status} ${response.headers.get("content-type")}`,
    );
  }
  return Buffer.from(await response.arrayBuffer());
}

// ---------------------------------------------------------------------------
// Browser

/** @returns {Promise<import("playwright-core").Browser>} */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Answers /miniapp/ files from dist/ when the jar holds an older build. Page
 * routes (/miniapp/, /miniapp/dossier?code=...) are still fetched from the
 * backend, which must answer them 200 with its index page; only the body is
 * replaced by dist/index.html.
 * @param {import("playwright-core").BrowserContext} context
 */
async function installDistOverlay(context) {
  await context.route(
    (url) => url.pathname.startsWith("/miniapp/"),
    async (route) => {
      const url = new URL(route.request().url());
      const relative = decodeURIComponent(url.pathname.slice("/miniapp/".length));
      const file = path.join(DIST_DIR, relative);
      if (relative !== "" && !relative.includes("..") && existsSync(file) && statSync(file).isFile()) {
        const extension = path.extname(file).slice(1);
        await route.fulfill({
          status: 200,
          contentType:
            CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extension)] ?? "application/octet-stream",
          body: readFileSync(file),
        });
        return;
      }
      const response = await route.fetch();
      const type = response.headers()["content-type"] ?? "";
      if (response.status() !== 200 || !type.startsWith("text/html")) {
        await route.fulfill({ response });
        return;
      }
      await route.fulfill({
        status: 200,
        contentType: type,
        headers: { "cache-control": response.headers()["cache-control"] ?? "no-cache" },
        body: readFileSync(path.join(DIST_DIR, "index.html")),
      });
    },
  );
}

// ---------------------------------------------------------------------------
// Console watch

/**
 * Collects console errors and page errors of one page, and fails on any that
 * was not declared expected.
 *
 * What is allowed, precisely:
 * - Nothing from zmp-sdk. Outside Zalo, zmp-sdk's only message is the
 *   rejection of the login() it runs when imported ({api: "login", code:
 *   -2000}, an "Uncaught (in promise)" page error); src/sdk/zalo.ts marks
 *   exactly that rejection handled outside Zalo, and calls no other Zalo-only
 *   API there, so a browser sees no zmp-sdk error at all. Any zmp-sdk error
 *   that does reach the console fails the journey.
 * - Chromium's own "Failed to load resource: the server responded with a
 *   status of N (...)" line, only for a status and URL a journey declares
 *   with allowHttpError() because it provokes that answer on purpose (an
 *   unknown code's 404, a photo without QR code's 422, ...). The same line
 *   for any other status or URL fails.
 */
export class ConsoleWatch {
  /** @param {import("playwright-core").Page} page */
  constructor(page) {
    /** @type {{ kind: string, text: string, url: string }[]} */
    this.unexpected = [];
    /** @type {{ kind: string, text: string, url: string }[]} */
    this.allowed = [];
    /** @type {{ status: number, path: string }[]} */
    this.httpErrors = [];
    page.on("console", (message) => {
      if (message.type() === "error") {
        this.record({ kind: "console.error", text: message.text(), url: message.location().url ?? "" });
      }
    });
    page.on("pageerror", (error) => {
      this.record({ kind: "pageerror", text: `${error.name || "Error"}: ${error.message}`, url: page.url() });
    });
  }

  /**
   * Declares that the journey expects the server to answer `status` for the
   * URL whose path is `urlPath` (the query string is ignored).
   * @param {number} status
   * @param {string} urlPath
   */
  allowHttpError(status, urlPath) {
    this.httpErrors.push({ status, path: urlPath });
  }

  /** @param {{ kind: string, text: string, url: string }} entry */
  record(entry) {
    const expected =
      entry.kind === "console.error" &&
      this.httpErrors.some((rule) => {
        const match = /^Failed to load resource: the server responded with a status of (\d{3}) \(/.exec(entry.text);
        if (!match || Number(match[1]) !== rule.status) {
          return false;
        }
        try {
          return new URL(entry.url).pathname === rule.path;
        } catch {
          return false;
        }
      });
    (expected ? this.allowed : this.unexpected).push(entry);
  }

  /** Throws when an unexpected error was logged. */
  assertClean() {
    if (this.unexpected.length > 0) {
      const lines = this.unexpected.map(
        (entry) => `  [${entry.kind}] ${entry.text}${entry.url ? ` (${entry.url})` : ""}`,
      );
      throw new Error(`Unexpected console errors:\n${lines.join("\n")}`);
    }
  }
}

/**
 * @typedef {object} AppSession
 * @property {import("playwright-core").BrowserContext} context
 * @property {import("playwright-core").Page} page
 * @property {ConsoleWatch} console
 */

/**
 * A fresh browser context (empty storage) at phone size, in Vietnamese and
 * Vietnam's time zone, with the console watched.
 * @param {import("playwright-core").Browser} browser
 * @param {{ source: "backend" | "dist" }} options
 * @returns {Promise<AppSession>}
 */
export async function openSession(browser, options) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  context.setDefaultTimeout(15_000);
  if (options.source === "dist") {
    await installDistOverlay(context);
  }
  const page = await context.newPage();
  return { context, page, console: new ConsoleWatch(page) };
}
