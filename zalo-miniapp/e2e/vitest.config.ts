import { defineConfig } from "vitest/config";

// The end-to-end project: headless Chromium against the real backend jar.
// Separate from vitest.config.ts, so `npm test` never runs it; run with `npm run test:e2e`.
export default defineConfig({
  test: {
    name: "e2e",
    root: new URL(".", import.meta.url).pathname,
    include: ["**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["./global-setup.ts"],
    pool: "threads",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
  },
});
