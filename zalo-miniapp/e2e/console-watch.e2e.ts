/**
 * The console watch must not be vacuous: in the real browser it fails on
 * undeclared errors, lets through only the declared HTTP errors, and the
 * app's own handling of zmp-sdk's login refusal silences exactly that one.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openSession } from "./harness.mjs";

const baseUrl = inject("backendUrl");
const source = inject("miniAppSource");

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("ConsoleWatch", () => {
  it("fails on undeclared errors and allows only the declared HTTP error and zmp-sdk's login refusal", async () => {
    const session = await openSession(browser, { source });
    try {
      const { page, console: watch } = session;
      await page.goto(`${baseUrl}/miniapp/`);
      await page.getByRole("heading", { name: "Tra cứu hồ sơ hành chính" }).waitFor();
      expect(watch.unexpected).toEqual([]);

      watch.allowHttpError(404, "/api/public/v1/dossiers/KHONG-CO");
      await page.evaluate(() => fetch("/api/public/v1/dossiers/KHONG-CO?t=x").then((r) => r.status));
      await expect.poll(() => watch.allowed.length).toBe(1);

      // The app marks zmp-sdk's import-time login refusal handled outside Zalo: not an error.
      await page.evaluate(() => {
        void Promise.reject({ code: -2000, message: "Unknown error. Please try again later.", api: "login" });
      });
      // Everything below is not declared and must be caught.
      await page.evaluate(() => fetch("/api/public/v1/dossiers/KHONG-CO-2").then((r) => r.status));
      await page.evaluate(() => {
        void Promise.reject({ code: -2000, message: "Unknown error. Please try again later.", api: "scanQRCode" });
      });
      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error("lỗi thật");
        });
      });
      await page.evaluate(() => console.error("boom"));

      await expect.poll(() => watch.unexpected.length).toBe(4);
      await page.waitForTimeout(300);
      const texts = watch.unexpected.map((entry) => entry.text);
      expect(texts).toEqual(
        expect.arrayContaining([expect.stringContaining("status of 404"), expect.stringContaining("lỗi thật"), "boom"]),
      );
      expect(watch.unexpected.filter((entry) => entry.kind === "pageerror")).toHaveLength(2);
      expect(watch.allowed).toHaveLength(1);
      expect(() => watch.assertClean()).toThrow(/Unexpected console errors/);
    } finally {
      await session.context.close();
    }
  });
});
