import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// One worker only: the machine has two cores shared with the Java build.
export default defineConfig({
  plugins: [react()],
  test: {
    pool: "threads",
    maxWorkers: 1,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          setupFiles: ["./src/test/setup.ts"],
          include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          exclude: ["scripts/bundle.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "bundle",
          environment: "node",
          include: ["scripts/bundle.test.ts"],
        },
      },
    ],
  },
});
