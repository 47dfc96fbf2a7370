/**
 * The officers' web admin (/admin) in headless Chromium against the real
 * backend jar (demo data, sandbox Zalo): an officer's whole journey through
 * the real forms, the agency scope, CSRF refusals, the lock-out, and the
 * layout on an office screen and on tablets. Every test sets up what it needs
 * (its own dossier through the integration API, its own officer through the
 * administrator's page), so the order of the tests does not matter, and
 * every browser context fails on a console error it did not declare.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  COMMUNES,
  createOfficer,
  csrfToken,
  DEMO_OFFICERS,
  DESKTOP,
  followAsSandboxCitizen,
  freshDossierCode,
  logIn,
  openAdminSession,
  postForm,
  sandboxMessages,
  SANDBOX_CITIZEN,
  sendDossier,
  submitLogin,
  TABLETS,
  type AdminSession,
} from "./admin.mjs";
import { DEMO, launchBrowser } from "../../../../zalo-miniapp/e2e/harness.mjs";

const baseUrl = inject("backendUrl");

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Runs one part of a test in a fresh browser context and fails it on any undeclared console error. */
async function inBrowser(
  viewport: { width: number; height: number },
  run: (session: AdminSession) => Promise<void>,
): Promise<void> {
  const session = await openAdminSession(browser, viewport);
  try {
    await run(session);
    await session.page.waitForLoadState("networkidle");
    session.console.assertClean();
  } finally {
    await session.context.close();
  }
}

/** Waits until `probe` answers something other than undefined/null/false. */
async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** A suffix that keeps usernames of this run apart. */
function suffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

function dossierPath(code: string): string {
  return `/admin/dossiers/${encodeURIComponent(code)}`;
}

function nav(page: Page) {
  return page.getByRole("navigation");
}

/** A row of the dossier's main table ("Người nộp", "Trạng thái", ...) as the officer reads it. */
async function field(page: Page, label: string): Promise<string> {
  const card = page.locator("div.card", { has: page.getByRole("heading", { level: 1 }) });
  const row = card.locator("tr", { has: page.locator("th", { hasText: new RegExp(`^${label}$`) }) });
  return ((await row.locator("td").textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** The rows of the table in the card with this heading, each as its cells' text. */
async function cardRows(page: Page, heading: string): Promise<string[][]> {
  const card = page.locator("div.card", { has: page.getByRole("heading", { level: 2, name: heading }) });
  return card
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll("td"), (cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim()),
      ),
    );
}

function updateForm(page: Page) {
  return page.locator("form", { has: page.getByRole("heading", { level: 2, name: "Cập nhật hồ sơ" }) });
}

describe("Officers' web admin", () => {
  it("an officer finds a dossier of the commune, asks for more documents, and the subscriber is told", async () => {
    const code = freshDossierCode(COMMUNES.hamThuanBac.code);
    const applicant = "Quách Thị Kiểm Thử";
    await sendDossier(baseUrl, {
      code,
      agencyCode: COMMUNES.hamThuanBac.code,
      applicantName: applicant,
      phone: "0933000111",
    });
    await followAsSandboxCitizen(baseUrl, code);
    const documents = ["Bản vẽ mặt bằng công trình", "Bản sao giấy chứng nhận quyền sử dụng đất có chứng thực"];
    const officer = DEMO_OFFICERS.officer;

    await inBrowser(DESKTOP, async ({ page }) => {
      // Through the login form: the first page asks to sign in.
      await page.goto(`${baseUrl}/admin`);
      expect(new URL(page.url()).pathname).toBe("/admin/login");
      await logIn(page, baseUrl, officer);

      // The list, searched by the applicant's name typed without diacritics.
      await nav(page).getByRole("link", { name: "Hồ sơ", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "Hồ sơ" }).waitFor();
      await page.getByLabel("Người nộp").fill("quach thi kiem thu");
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get("ten") === "quach thi kiem thu"),
        page.getByRole("button", { name: "Tìm", exact: true }).click(),
      ]);
      const rows = page.locator("main table tbody tr");
      expect(await rows.count()).toBe(1);
      expect(await rows.first().locator("td").nth(1).textContent()).toBe(applicant);
      expect(await rows.first().locator("td").nth(6).textContent()).toBe(COMMUNES.hamThuanBac.name);

      // The dossier's page.
      await rows.first().getByRole("link", { name: code, exact: true }).click();
      await page.getByRole("heading", { level: 1, name: code }).waitFor();
      expect(await field(page, "Người nộp")).toBe(applicant);
      expect(await field(page, "Trạng thái")).toBe("Đang xử lý");

      // "Yêu cầu bổ sung giấy tờ" with the list of documents, sent with the token the page gave the form.
      const form = updateForm(page);
      expect(await form.locator('input[name="csrf"]').inputValue()).toBe(await csrfToken(page));
      await form.getByLabel("Trạng thái mới").selectOption({ label: "Yêu cầu bổ sung giấy tờ" });
      await form.getByLabel(/Giấy tờ cần bổ sung/).fill(documents.join("\n"));
      const posted = page.waitForResponse(
        (response) =>
          response.request().method() === "POST" && new URL(response.url()).pathname === `${dossierPath(code)}/actions`,
      );
      await form.getByRole("button", { name: "Lưu và thông báo cho người dân" }).click();
      expect((await posted).status()).toBe(303);
      await page.waitForURL((url) => url.pathname === dossierPath(code));
      await page.getByRole("heading", { level: 1, name: code }).waitFor();

      // The new status, and the officer's step in the timeline.
      expect(await field(page, "Trạng thái")).toBe("Yêu cầu bổ sung giấy tờ");
      const steps = await cardRows(page, "Quá trình xử lý");
      expect(steps.some((cells) => cells[1] === "Yêu cầu bổ sung giấy tờ" && cells[3] === officer.fullName)).toBe(true);

      // The sandbox records the Vietnamese message to the dossier's subscriber, listing the documents.
      const message = await eventually("the sandbox message about the dossier", async () =>
        (await sandboxMessages(baseUrl, SANDBOX_CITIZEN)).find((m) => m.text.includes(code)),
      );
      expect(message.recipient).toBe(SANDBOX_CITIZEN);
      expect(message.text).toContain(`Hồ sơ ${code}`);
      expect(message.text).toContain("cần bổ sung giấy tờ");
      for (const document of documents) {
        expect(message.text).toContain(`- ${document}`);
      }
      // Newest first, also unfiltered.
      const all = await sandboxMessages(baseUrl);
      const ids = all.map((m) => m.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(all.some((m) => m.id === message.id && m.text === message.text)).toBe(true);

      // The dossier's notification list shows it, sent.
      const sent = await eventually("the notification on the dossier page", async () => {
        await page.reload();
        const notifications = await cardRows(page, "Thông báo đã gửi cho người dân");
        return notifications.find(
          (cells) =>
            cells[1] === "Yêu cầu bổ sung" &&
            cells[2] === `Zalo ${SANDBOX_CITIZEN}` &&
            /^Đã (gửi|nhận|xem)/.test(cells[4] ?? ""),
        );
      });
      expect(sent[3]).toBe("Tin tư vấn OA (miễn phí)");
    });
  });

  it("an officer of another commune can neither open, find nor change the dossier", async () => {
    const code = freshDossierCode(COMMUNES.hamThuanBac.code);
    const applicant = "Tô Thị Riêng Tư";
    const phone = "0944000222";
    await sendDossier(baseUrl, { code, agencyCode: COMMUNES.hamThuanBac.code, applicantName: applicant, phone });
    const stranger = {
      username: `canbo.hamthuannam.${suffix()}`,
      fullName: "Phạm Văn Xã Bên",
      agencyName: COMMUNES.hamThuanNam.name,
      password: "XaBen@2026-e2e",
    };
    await createOfficer(browser, baseUrl, stranger);

    await inBrowser(DESKTOP, async ({ page, console: watch }) => {
      await logIn(page, baseUrl, stranger, stranger.password);

      // The dossier's URL typed directly.
      watch.allowHttpError(404, dossierPath(code));
      watch.allowHttpError(403, dossierPath(code));
      const response = await page.goto(`${baseUrl}${dossierPath(code)}`);
      expect([403, 404]).toContain(response?.status());
      const leaks = [code, applicant, phone, "0944 000 222"];
      for (const body of [(await response?.text()) ?? "", await page.content()]) {
        for (const secret of leaks) {
          expect(body).not.toContain(secret);
        }
      }
      await page.getByRole("heading", { level: 1, name: "Không tìm thấy hồ sơ" }).waitFor();

      // Not in the list either, by name or by code.
      for (const query of [`ten=${encodeURIComponent("to thi rieng tu")}`, `ma=${encodeURIComponent(code)}`]) {
        expect((await page.goto(`${baseUrl}/admin/dossiers?${query}`))?.status()).toBe(200);
        expect(await page.locator("main table tbody").textContent()).toContain("Không có hồ sơ phù hợp.");
        expect(await page.content()).not.toContain(applicant);
      }

      // An action posted with the stranger's own valid token is refused too.
      const refused = await postForm(page, `${baseUrl}${dossierPath(code)}/actions`, {
        csrf: await csrfToken(page),
        trangthai: "5",
        giayto: "Giấy tờ bất kỳ",
      });
      expect([403, 404]).toContain(refused.status());
      expect(await refused.text()).not.toContain(applicant);
    });

    // The commune's own officer sees it, unchanged.
    await inBrowser(DESKTOP, async ({ page }) => {
      await logIn(page, baseUrl, DEMO_OFFICERS.officer);
      expect((await page.goto(`${baseUrl}${dossierPath(code)}`))?.status()).toBe(200);
      expect(await field(page, "Người nộp")).toBe(applicant);
      expect(await field(page, "Trạng thái")).toBe("Đang xử lý");
    });
  });

  it("a form posted without the page's CSRF token, or with a wrong one, is refused and changes nothing", async () => {
    const code = freshDossierCode(COMMUNES.hamThuanBac.code);
    await sendDossier(baseUrl, {
      code,
      agencyCode: COMMUNES.hamThuanBac.code,
      applicantName: "Lạc Văn Biểu Mẫu",
      phone: "0955000333",
    });
    const actionPath = `${dossierPath(code)}/actions`;
    const change = { trangthai: "5", giayto: "Bản sao căn cước công dân" };

    await inBrowser(DESKTOP, async ({ page, console: watch }) => {
      await logIn(page, baseUrl, DEMO_OFFICERS.officer);
      expect((await page.goto(`${baseUrl}${dossierPath(code)}`))?.status()).toBe(200);
      const token = await csrfToken(page);
      const stepsBefore = await cardRows(page, "Quá trình xử lý");

      // The real form, its hidden token replaced by a forged one.
      watch.allowHttpError(403, actionPath);
      const form = updateForm(page);
      await form.locator('input[name="csrf"]').evaluate(
        (input, forged) => {
          (input as HTMLInputElement).value = forged;
        },
        `${token.slice(0, -4)}AAAA`,
      );
      await form.getByLabel("Trạng thái mới").selectOption({ label: "Yêu cầu bổ sung giấy tờ" });
      await form.getByLabel(/Giấy tờ cần bổ sung/).fill(change.giayto);
      const posted = page.waitForResponse(
        (response) => response.request().method() === "POST" && new URL(response.url()).pathname === actionPath,
      );
      await form.getByRole("button", { name: "Lưu và thông báo cho người dân" }).click();
      expect((await posted).status()).toBe(403);
      await page.getByRole("heading", { level: 1, name: "Yêu cầu không hợp lệ" }).waitFor();
      await page.getByText("Biểu mẫu đã hết hạn hoặc không đến từ trang quản trị.", { exact: false }).waitFor();

      // Without a token, with an empty one, with one from another site.
      for (const fields of [
        change,
        { ...change, csrf: "" },
        { ...change, csrf: "tokenFromAnotherSite0123456789abcdefghijk" },
      ]) {
        const refused = await postForm(page, `${baseUrl}${actionPath}`, fields);
        expect(refused.status()).toBe(403);
      }
      // Signing out needs the token too: with a wrong one the officer stays signed in.
      expect((await postForm(page, `${baseUrl}/admin/logout`, { csrf: "sai" })).status()).toBe(403);

      // Nothing changed.
      expect((await page.goto(`${baseUrl}${dossierPath(code)}`))?.status()).toBe(200);
      expect(await field(page, "Trạng thái")).toBe("Đang xử lý");
      expect(await cardRows(page, "Quá trình xử lý")).toEqual(stepsBefore);

      // The page's own token is accepted: the refusals above were the token's doing.
      const accepted = await postForm(page, `${baseUrl}${actionPath}`, { ...change, csrf: token });
      expect(accepted.status()).toBe(303);
      expect(new URL(accepted.headers()["location"] ?? "", baseUrl).pathname).toBe(dossierPath(code));
      await page.reload();
      expect(await field(page, "Trạng thái")).toBe("Yêu cầu bổ sung giấy tờ");
    });
  });

  it("five wrong passwords lock an account: the right password is then refused with a Vietnamese message", async () => {
    const officer = {
      username: `khoa.thu.${suffix()}`,
      fullName: "Đỗ Thị Khóa Thử",
      agencyName: COMMUNES.hamThuanBac.name,
      password: "KhoaThu@2026-e2e",
    };
    await createOfficer(browser, baseUrl, officer);

    // The password is right: it signs in.
    await inBrowser(DESKTOP, async ({ page }) => {
      await logIn(page, baseUrl, officer, officer.password);
    });

    await inBrowser(DESKTOP, async ({ page }) => {
      const refusal =
        "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa do đăng nhập sai nhiều lần.";
      for (let attempt = 1; attempt <= 5; attempt++) {
        await submitLogin(page, baseUrl, officer.username, `SaiMatKhau@${attempt}`);
        expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe("/admin/login?loi=1");
        expect(await page.locator(".error").textContent()).toBe(refusal);
      }
      await submitLogin(page, baseUrl, officer.username, officer.password);
      expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe("/admin/login?loi=1");
      expect(await page.locator(".error").textContent()).toBe(refusal);
      // Still not signed in.
      await page.goto(`${baseUrl}/admin`);
      expect(new URL(page.url()).pathname).toBe("/admin/login");
    });

    // The administrator sees why.
    await inBrowser(DESKTOP, async ({ page }) => {
      await logIn(page, baseUrl, DEMO_OFFICERS.administrator);
      await page.goto(`${baseUrl}/admin/officers`);
      const row = page.locator("main table tbody tr", {
        has: page.locator("td", { hasText: new RegExp(`^${officer.username.replace(/\./g, "\\.")}$`) }),
      });
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain("Tạm khóa do sai mật khẩu");
    });
  });

  const PAGES = [
    { path: "/admin", heading: "Tổng quan hồ sơ" },
    { path: "/admin/dossiers", heading: "Hồ sơ" },
    { path: dossierPath(DEMO.supplement), heading: DEMO.supplement },
    { path: "/admin/inbox", heading: "Hộp thư Zalo OA" },
    { path: "/admin/settings", heading: "Cài đặt" },
    { path: "/admin/dashboard", heading: "Kết quả giải quyết hồ sơ đúng hạn" },
  ];
  const NAV_LINKS = ["Tổng quan", "Hồ sơ", "Đúng hạn (QĐ 766)", "Hộp thư OA", "Áp phích QR", "Cán bộ", "Cài đặt"];
  /** What an officer taps: header links and buttons, form fields, links in tables, the pager, a page's own link. */
  const TAP_TARGETS = [
    "header nav a",
    "header button",
    "main button",
    "main select",
    'main input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])',
    "main summary",
    "main table a",
    "main .pager a",
    "main > p > a",
    "main a.pill",
  ].join(", ");

  for (const viewport of [DESKTOP, ...TABLETS]) {
    const tablet = viewport.width < DESKTOP.width;
    it(`pages fit ${viewport.width}x${viewport.height}${tablet ? " (tablet, touch)" : ""}: no horizontal overflow, navigation reachable${tablet ? ", tap targets 40 px or more" : ""}`, async () => {
      await inBrowser(viewport, async ({ page }) => {
        await logIn(page, baseUrl, DEMO_OFFICERS.administrator);
        const problems: string[] = [];
        for (const { path, heading } of PAGES) {
          const response = await page.goto(`${baseUrl}${path}`);
          expect(response?.status(), path).toBe(200);
          await page.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor();

          const width = await page.evaluate(() => ({
            scroll: document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
            inner: window.innerWidth,
          }));
          if (width.scroll > width.inner) {
            problems.push(`${path}: the page scrolls sideways (${width.scroll} px wide in ${width.inner} px)`);
          }

          for (const name of NAV_LINKS) {
            const link = nav(page).getByRole("link", { name, exact: true });
            const box = (await link.isVisible()) ? await link.boundingBox() : null;
            if (!box || box.x < 0 || box.x + box.width > viewport.width || box.height === 0) {
              problems.push(`${path}: the navigation link "${name}" is not within the screen (${JSON.stringify(box)})`);
            }
          }

          if (tablet) {
            const small = await page.locator(TAP_TARGETS).evaluateAll((elements) =>
              elements
                .filter(
                  (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden",
                )
                .map((element) => ({
                  what: `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute("name") || element.getAttribute("aria-label") || "").trim().slice(0, 30)}"`,
                  height: Math.round(element.getBoundingClientRect().height),
                }))
                .filter((target) => target.height < 40),
            );
            for (const target of small) {
              problems.push(`${path}: ${target.what} is ${target.height} px high`);
            }
          }
        }
        expect(problems).toEqual([]);

        // The navigation works with a finger (or a mouse on the office screen).
        const link = nav(page).getByRole("link", { name: "Hồ sơ", exact: true });
        await (tablet ? link.tap() : link.click());
        await page.waitForURL((url) => url.pathname === "/admin/dossiers");
        await page.getByRole("heading", { level: 1, name: "Hồ sơ" }).waitFor();
      });
    });
  }
});
