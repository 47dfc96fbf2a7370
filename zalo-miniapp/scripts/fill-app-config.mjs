#!/usr/bin/env node
/**
 * Writes dist/app-config.json for Zalo: the project's app-config.json with
 * listCSS / listSyncJS / listAsyncJS filled from the built dist/index.html
 * (stylesheets, the entry module, and the modules it preloads), in the
 * same form the Zalo CLI produces ("assets/index.abc.module.js").
 * Run after `vite build`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  if (!match) {
    return null;
  }
  return match[2] ?? match[3] ?? match[4] ?? null;
}

function toDistPath(url) {
  return url.replace(/^\.\//, "").replace(/^\//, "");
}

function isLocal(url) {
  return !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
}

/** Reads the asset lists from the HTML Vite wrote. */
export function collectAssets(html) {
  const listCSS = [];
  const listSyncJS = [];
  const listAsyncJS = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src && isLocal(src)) {
      listSyncJS.push(toDistPath(src));
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, "rel") ?? "").toLowerCase();
    const href = attribute(tag, "href");
    if (!href || !isLocal(href)) {
      continue;
    }
    if (rel === "stylesheet") {
      listCSS.push(toDistPath(href));
    } else if (rel === "modulepreload") {
      listAsyncJS.push(toDistPath(href));
    }
  }
  return { listCSS, listSyncJS, listAsyncJS };
}

/** The source config with the three lists replaced by what the build produced. */
export function fillAppConfig(config, assets) {
  return {
    ...config,
    listCSS: assets.listCSS,
    listSyncJS: assets.listSyncJS,
    listAsyncJS: assets.listAsyncJS,
  };
}

export function run(projectDir, distDir = join(projectDir, "dist")) {
  const htmlPath = join(distDir, "index.html");
  if (!existsSync(htmlPath)) {
    throw new Error(`${htmlPath} not found: run vite build first`);
  }
  const config = JSON.parse(readFileSync(join(projectDir, "app-config.json"), "utf-8"));
  const assets = collectAssets(readFileSync(htmlPath, "utf-8"));
  if (assets.listSyncJS.length === 0) {
    throw new Error("no entry script found in dist/index.html");
  }
  for (const file of [...assets.listCSS, ...assets.listSyncJS, ...assets.listAsyncJS]) {
    if (!existsSync(join(distDir, file))) {
      throw new Error(`dist/index.html refers to ${file}, which is not in ${distDir}`);
    }
  }
  const filled = fillAppConfig(config, assets);
  writeFileSync(join(distDir, "app-config.json"), `${JSON.stringify(filled, null, 2)}\n`);
  return filled;
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const filled = run(projectDir);
  console.log(
    `dist/app-config.json: ${filled.listCSS.length} CSS, ${filled.listSyncJS.length} sync JS, ${filled.listAsyncJS.length} async JS`,
  );
}
