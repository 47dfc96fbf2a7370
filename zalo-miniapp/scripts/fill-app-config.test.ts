import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { collectAssets, fillAppConfig, run } from "./fill-app-config.mjs";

const VITE_HTML = `<!doctype html>
<html lang="vi">
  <head>
    <script type="module" crossorigin src="./assets/index.D1GmZiBl.module.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor.Ab12.module.js">
    <link rel="stylesheet" crossorigin href="./assets/index-CCprgwT-.css">
    <link rel="icon" href="./favicon.ico">
    <link rel="stylesheet" href="https://h5.zadn.vn/static/fonts.css">
  </head>
  <body><div id="app"></div></body>
</html>`;

let dir: string | null = null;

afterEach(() => {
  if (dir) {
    rmSync(dir, { recursive: true, force: true });
    dir = null;
  }
});

describe("fill-app-config", () => {
  it("reads entry, preloaded modules and stylesheets from the built HTML", () => {
    expect(collectAssets(VITE_HTML)).toEqual({
      listCSS: ["assets/index-CCprgwT-.css"],
      listSyncJS: ["assets/index.D1GmZiBl.module.js"],
      listAsyncJS: ["assets/vendor.Ab12.module.js"],
    });
  });

  it("keeps the app settings and replaces only the lists", () => {
    const config = { app: { title: "Một Cửa Zalo", statusBar: "normal" }, listCSS: ["old.css"], pages: [] };
    expect(fillAppConfig(config, { listCSS: ["a.css"], listSyncJS: ["a.js"], listAsyncJS: [] })).toEqual({
      app: { title: "Một Cửa Zalo", statusBar: "normal" },
      listCSS: ["a.css"],
      listSyncJS: ["a.js"],
      listAsyncJS: [],
      pages: [],
    });
  });

  it("writes dist/app-config.json and checks the files exist", () => {
    dir = mkdtempSync(join(tmpdir(), "miniapp-"));
    const dist = join(dir, "dist");
    mkdirSync(join(dist, "assets"), { recursive: true });
    writeFileSync(
      join(dir, "app-config.json"),
      JSON.stringify({ app: { title: "Một Cửa Zalo" }, listCSS: [], listSyncJS: [], listAsyncJS: [] }),
    );
    writeFileSync(join(dist, "index.html"), VITE_HTML);
    expect(() => run(dir as string)).toThrow(/not in/);

    for (const file of ["index.D1GmZiBl.module.js", "vendor.Ab12.module.js", "index-CCprgwT-.css"]) {
      writeFileSync(join(dist, "assets", file), "");
    }
    run(dir);
    const written = JSON.parse(readFileSync(join(dist, "app-config.json"), "utf-8"));
    expect(written.app.title).toBe("Một Cửa Zalo");
    expect(written.listSyncJS).toEqual(["assets/index.D1GmZiBl.module.js"]);
  });

  it("fails without a build", () => {
    dir = mkdtempSync(join(tmpdir(), "miniapp-"));
    expect(() => run(dir as string)).toThrow(/vite build/);
  });
});
