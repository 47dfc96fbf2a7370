import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const appDir = fileURLToPath(new URL("..", import.meta.url));

// The end-to-end project: headless Chromium against the real backend jar, one backend for all files.
// Separate from vitest.config.ts, so `npm test` never runs it; run with `npm run test:e2e`.
// It runs the Mini App's journeys (e2e/) and the officers' web admin tests, which live next to the admin
// in backend/src/test/e2e/ and share this harness (e2e/harness.mjs).
export default defineConfig({
  // the admin tests sit outside this package: their bare imports resolve to this package's node_modules
  resolve: {
    alias: [
      { find: /^vitest$/, replacement: fileURLToPath(import.meta.resolve("vitest")) },
      { find: /^playwright-core$/, replacement: fileURLToPath(import.meta.resolve("playwright-core")) },
    ],
  },
  server: { fs: { allow: [fileURLToPath(new URL("../..", import.meta.url))] } },
  test: {
    name: "e2e",
    root: appDir,
    include: ["e2e/**/*.e2e.ts", "../backend/src/test/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["./e2e/global-setup.ts"],
    pool: "threads",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
  },
});
