import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import zaloMiniApp from "zmp-vite-plugin";

const appConfig = JSON.parse(readFileSync(fileURLToPath(new URL("./app-config.json", import.meta.url)), "utf-8"));

// The dev server forwards /api to the Java backend (Quarkus listens on 8080 by default).
const devApiTarget = process.env.DEV_API_TARGET ?? "http://localhost:8080";

export default defineConfig({
  // Relative asset URLs: the same build runs inside Zalo (served from Zalo's CDN)
  // and when the backend serves dist/ under /miniapp/.
  base: "./",
  plugins: [zaloMiniApp(appConfig), react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2017",
    cssTarget: ["es2017", "safari13.1"],
  },
  server: {
    host: "127.0.0.1",
    port: 3000,
    proxy: {
      "/api": { target: devApiTarget, changeOrigin: true },
    },
  },
});
