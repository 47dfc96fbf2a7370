/**
 * Scans the production build for secrets. Runs after `npm run build` (part of
 * `npm test`, or alone with `npm run test:bundle`). Fails when the value of
 * any configured secret (ZALO_APP_SECRET, ZALO_OA_SECRET_KEY, any *SECRET*
 * variable, any MOTCUA_* variable) appears in dist/, or when the markers
 * "secret_key" / "app-secret" appear at all. Also checks the app-config.json
 * lists and Zalo's size limits.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../dist", import.meta.url));

/** Values shorter than this are too common ("1", "true", "8080") to mean a leak. */
const MIN_SECRET_LENGTH = 6;
const FORBIDDEN_MARKERS = ["secret_key", "app-secret"];

export function isSecretName(name: string): boolean {
  return (
    name === "ZALO_APP_SECRET" || name === "ZALO_OA_SECRET_KEY" || name.startsWith("MOTCUA_") || /SECRET/i.test(name)
  );
}

function configuredSecrets(env: NodeJS.ProcessEnv): Array<[string, string]> {
  return Object.entries(env)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .filter(([name, value]) => isSecretName(name) && value.trim().length >= MIN_SECRET_LENGTH)
    .map(([name, value]) => [name, value.trim()]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("production bundle", () => {
  it("exists (run `npm run build` before `npm test`)", () => {
    expect(existsSync(join(DIST, "index.html")), "dist/index.html missing: run `npm run build` first").toBe(true);
    expect(existsSync(join(DIST, "app-config.json"))).toBe(true);
  });

  it("has app-config.json lists filled from the build", () => {
    const config = JSON.parse(readFileSync(join(DIST, "app-config.json"), "utf-8"));
    expect(config.app.title).toBe("Một Cửa Zalo");
    expect(config.listSyncJS.length).toBeGreaterThan(0);
    expect(config.listCSS.length).toBeGreaterThan(0);
    for (const file of [...config.listCSS, ...config.listSyncJS, ...config.listAsyncJS]) {
      expect(existsSync(join(DIST, file)), `${file} listed in app-config.json`).toBe(true);
    }
  });

  it("contains no configured secret and no secret markers", () => {
    const secrets = configuredSecrets(process.env);
    const leaks: string[] = [];
    for (const file of filesUnder(DIST)) {
      const text = readFileSync(file).toString("latin1");
      const utf8 = readFileSync(file, "utf-8");
      const where = relative(DIST, file);
      for (const [name, value] of secrets) {
        if (utf8.includes(value) || text.includes(value)) {
          leaks.push(`${where}: value of ${name}`);
        }
      }
      const lower = utf8.toLowerCase();
      for (const marker of FORBIDDEN_MARKERS) {
        if (lower.includes(marker)) {
          leaks.push(`${where}: "${marker}"`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it("stays within Zalo's package limits (3 MB per file, 10 MB in all)", () => {
    const files = filesUnder(DIST).map((file) => ({ file: relative(DIST, file), size: statSync(file).size }));
    const tooBig = files.filter(({ size }) => size > 3 * 1024 * 1024);
    expect(tooBig).toEqual([]);
    // The zipped upload is smaller than the raw total, so this bounds it.
    expect(files.reduce((sum, { size }) => sum + size, 0)).toBeLessThan(10 * 1024 * 1024);
  });

  it("recognises the secret variable names", () => {
    expect(isSecretName("ZALO_APP_SECRET")).toBe(true);
    expect(isSecretName("ZALO_OA_SECRET_KEY")).toBe(true);
    expect(isSecretName("MOTCUA_TOKEN_KEY")).toBe(true);
    expect(isSecretName("VITE_API_BASE")).toBe(false);
    expect(isSecretName("ZALO_APP_ID")).toBe(false);
  });
});
