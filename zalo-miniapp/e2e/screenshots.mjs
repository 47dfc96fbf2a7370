/**
 * `npm run screenshots`: captures the Mini App's main screens at 360x740, and
 * a few pages of the officers' web admin on an office screen and a tablet,
 * with the e2e harness (backend jar with demo data, headless Chromium) into
 * ../docs/screenshots/*.png and rewrites ../docs/screenshots/README.md.
 * Fails, like the journeys, on any console error a screen did not declare.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  APP_DIR,
  checkPrerequisites,
  DEMO,
  HarnessError,
  launchBrowser,
  miniAppSource,
  openSession,
  receiptLink,
  startBackend,
  VIEWPORT,
} from "./harness.mjs";
import { DEMO_OFFICERS, DESKTOP, logIn, openAdminSession, TABLETS } from "../../backend/src/test/e2e/admin.mjs";

export const SCREENSHOT_DIR = path.resolve(APP_DIR, "../docs/screenshots");

/**
 * Scrolls the page's scroll container so that the element sits just below
 * the fixed header, then lets the layout settle.
 * @param {import("playwright-core").Locator} locator
 */
async function scrollToTop(locator) {
  await locator.waitFor();
  await locator.evaluate((element) => {
    let scroller = element.parentElement;
    while (scroller) {
      const overflow = getComputedStyle(scroller).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && scroller.scrollHeight > scroller.clientHeight) {
        break;
      }
      scroller = scroller.parentElement;
    }
    const target = scroller ?? document.scrollingElement ?? document.documentElement;
    const top = element.getBoundingClientRect().top - target.getBoundingClientRect().top + target.scrollTop;
    target.scrollTop = Math.max(0, top - 72);
  });
}

/**
 * @typedef {object} Shot
 * @property {string} file
 * @property {string} title
 * @property {string} shows
 * @property {{ username: string, fullName: string }} [officer] a web admin page, seen by this officer (signed in first)
 * @property {{ width: number, height: number }} [viewport] the admin's screen size (the Mini App is always at VIEWPORT)
 * @property {(page: import("playwright-core").Page, ctx: { baseUrl: string, watch: import("./harness.mjs").ConsoleWatch }) => Promise<void>} prepare
 */

/** @param {import("playwright-core").Page} page */
async function home(page, baseUrl) {
  await page.goto(`${baseUrl}/miniapp/`);
  await page.getByRole("heading", { name: "Tra cứu hồ sơ hành chính" }).waitFor();
}

/**
 * @param {import("playwright-core").Page} page
 * @param {string} baseUrl
 * @param {string} code
 * @param {string | null} token
 */
async function dossier(page, baseUrl, code, token) {
  const query = new URLSearchParams({ code });
  if (token) {
    query.set("t", token);
  }
  await page.goto(`${baseUrl}/miniapp/dossier?${query.toString()}`);
  await page.locator(".dossier-code", { hasText: code }).waitFor();
}

/**
 * @param {import("playwright-core").Page} page
 * @param {string} baseUrl
 * @param {string} adminPath
 * @param {string} heading the page's h1
 */
async function adminPage(page, baseUrl, adminPath, heading) {
  const response = await page.goto(`${baseUrl}${adminPath}`);
  if (response?.status() !== 200) {
    throw new HarnessError(`GET ${adminPath} answered ${response?.status()}`);
  }
  await page.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor();
}

const TABLET_PORTRAIT = TABLETS.find((size) => size.width < size.height) ?? TABLETS[0];

/** @type {Shot[]} */
export const SHOTS = [
  {
    file: "01-home.png",
    title: "Trang chủ (Home)",
    shows: "Typed lookup of a dossier code, the QR scan button and the procedure guide link.",
    prepare: async (page, { baseUrl }) => home(page, baseUrl),
  },
  {
    file: "02-dossier-public.png",
    title: "Hồ sơ, thông tin công khai (dossier, public view)",
    shows: `Dossier ${DEMO.received} opened without a token: national status in large type, next step, due date.`,
    prepare: async (page, { baseUrl }) => dossier(page, baseUrl, DEMO.received, null),
  },
  {
    file: "03-dossier-access-form.png",
    title: "Xem đầy đủ (access form)",
    shows: "Further down the public view: the applicant's CCCD or phone number unlocks the full detail.",
    prepare: async (page, { baseUrl }) => {
      await dossier(page, baseUrl, DEMO.received, null);
      await scrollToTop(page.getByRole("heading", { name: "Xem đầy đủ thông tin hồ sơ" }));
    },
  },
  {
    file: "04-dossier-full.png",
    title: "Hồ sơ, thông tin đầy đủ (dossier, full detail)",
    shows: `Dossier ${DEMO.received} opened from the receipt link with its token: applicant, phone, how the result is delivered.`,
    prepare: async (page, { baseUrl }) => {
      const { token } = await receiptLink(baseUrl, DEMO.received);
      await dossier(page, baseUrl, DEMO.received, token);
      await scrollToTop(page.getByRole("heading", { name: "Thông tin đầy đủ" }));
    },
  },
  {
    file: "05-dossier-supplement.png",
    title: "Yêu cầu bổ sung giấy tờ (supplement requested)",
    shows: `Dossier ${DEMO.supplement} (status 5) with full access: the list of documents to add.`,
    prepare: async (page, { baseUrl }) => {
      const { token } = await receiptLink(baseUrl, DEMO.supplement);
      await dossier(page, baseUrl, DEMO.supplement, token);
      await scrollToTop(page.getByRole("heading", { name: "Giấy tờ cần bổ sung" }));
    },
  },
  {
    file: "06-dossier-due-moved.png",
    title: "Ngày hẹn trả đã điều chỉnh (due date moved)",
    shows:
      `Dossier ${DEMO.dueMoved}: the new due date and the previous one struck through. ` +
      "(The demo data has no overdue dossier; the overdue notice is covered by the component tests.)",
    prepare: async (page, { baseUrl }) => {
      await dossier(page, baseUrl, DEMO.dueMoved, null);
      await scrollToTop(page.getByRole("heading", { name: "Thời hạn" }));
      await page.getByText("Ngày hẹn trước đây").waitFor();
    },
  },
  {
    file: "07-procedures.png",
    title: "Hướng dẫn thủ tục (procedure guide)",
    shows: 'Search typed without diacritics ("dat dai") finds the land (Đất đai) procedures.',
    prepare: async (page, { baseUrl }) => {
      await home(page, baseUrl);
      await page.getByRole("button", { name: /Hướng dẫn thủ tục hành chính/ }).click();
      const answer = page.waitForResponse((response) => {
        const url = new URL(response.url());
        return url.pathname === "/api/public/v1/procedures" && url.searchParams.get("q") === "dat dai";
      });
      await page.getByLabel("Tìm thủ tục").fill("dat dai");
      await answer;
      await page
        .getByRole("list", { name: "Danh sách thủ tục" })
        .getByText("Cấp giấy chứng nhận quyền sử dụng đất lần đầu", { exact: true })
        .waitFor();
    },
  },
  {
    file: "08-scan-fallback.png",
    title: "Quét mã QR ngoài Zalo (scan fallback)",
    shows:
      'Outside Zalo "Quét mã QR" offers a photo of the receipt\'s QR code (camera or gallery), decoded by the backend.',
    prepare: async (page, { baseUrl }) => {
      await home(page, baseUrl);
      await page.getByRole("button", { name: "Quét mã QR", exact: true }).click();
      await scrollToTop(page.getByRole("heading", { name: "Quét bằng ảnh chụp mã QR" }));
    },
  },
  {
    file: "09-scan-no-qr.png",
    title: "Ảnh không có mã QR (photo without a QR code)",
    shows: "The backend's Vietnamese problem (422) for a photo without a QR code; typed entry stays available.",
    prepare: async (page, { baseUrl, watch }) => {
      watch.allowHttpError(422, "/api/public/v1/qr/decode");
      await home(page, baseUrl);
      await page.getByRole("button", { name: "Quét mã QR", exact: true }).click();
      const photo = await page.screenshot({ type: "png" });
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Chọn ảnh có sẵn" }).click();
      await (await chooser).setFiles({ name: "anh.png", mimeType: "image/png", buffer: photo });
      await page.getByText("Không đọc được mã QR", { exact: true }).waitFor();
      await scrollToTop(page.getByRole("heading", { name: "Quét bằng ảnh chụp mã QR" }));
    },
  },
  {
    file: "10-dossier-not-found.png",
    title: "Không tìm thấy hồ sơ (unknown code)",
    shows: 'An unknown code: the backend\'s Vietnamese message, "Thử lại" and the way back to typing another code.',
    prepare: async (page, { baseUrl, watch }) => {
      const unknown = "000.99.99.H99-991231-9999";
      watch.allowHttpError(404, `/api/public/v1/dossiers/${unknown}`);
      await home(page, baseUrl);
      await page.getByLabel("Nhập mã hồ sơ").fill(unknown);
      await page.getByRole("button", { name: "Tra cứu hồ sơ", exact: true }).click();
      await page.getByRole("heading", { name: "Không tìm thấy hồ sơ" }).waitFor();
    },
  },
  {
    file: "11-my-dossiers.png",
    title: "Hồ sơ của tôi (my dossiers)",
    shows: "After the sandbox sign-in (demo citizen, phone 0912345678 linked): the dossiers filed with that phone.",
    prepare: async (page, { baseUrl }) => {
      await home(page, baseUrl);
      await page.getByRole("button", { name: /Hồ sơ của tôi/ }).click();
      await page.getByRole("button", { name: "Đăng nhập thử (môi trường thử nghiệm)" }).click();
      await page.locator(".my-dossiers__open").first().waitFor();
    },
  },
  {
    file: "12-admin-dashboard.png",
    title: "Quản trị: Tổng quan hồ sơ (web admin dashboard)",
    officer: DEMO_OFFICERS.officer,
    viewport: DESKTOP,
    shows: "The commune officer's dashboard: dossiers of the commune per national status, with the overdue ones.",
    prepare: async (page, { baseUrl }) => adminPage(page, baseUrl, "/admin", "Tổng quan hồ sơ"),
  },
  {
    file: "13-admin-dossier.png",
    title: "Quản trị: trang hồ sơ (web admin, dossier page)",
    officer: DEMO_OFFICERS.officer,
    viewport: DESKTOP,
    shows: `Dossier ${DEMO.supplement} as its commune's officer sees it: applicant, status, due date, and the form to change the status, ask for documents or fees, or move the due date.`,
    prepare: async (page, { baseUrl }) =>
      adminPage(page, baseUrl, `/admin/dossiers/${encodeURIComponent(DEMO.supplement)}`, DEMO.supplement),
  },
  {
    file: "14-admin-dossiers-tablet.png",
    title: "Quản trị: danh sách hồ sơ trên máy tính bảng (web admin, dossier list on a tablet)",
    officer: DEMO_OFFICERS.officer,
    viewport: TABLET_PORTRAIT,
    shows:
      "The dossier list with its filters on a tablet held upright: navigation and fields sized for a finger, the table scrolls inside its box.",
    prepare: async (page, { baseUrl }) => adminPage(page, baseUrl, "/admin/dossiers", "Hồ sơ"),
  },
];

/** @param {Shot} shot */
function size(shot) {
  const { width, height } = shot.viewport ?? VIEWPORT;
  return `${width}x${height}`;
}

function readme() {
  const lines = [
    "# Screenshots of the Mini App and the officers' web admin",
    "",
    "Generated by `npm run screenshots` in `zalo-miniapp/`; do not edit by hand, run the script again.",
    `Headless Chromium (Debian's) against the backend jar with its demo data (dates in the demo data are relative`,
    `to the day of the run). The Mini App at ${VIEWPORT.width}x${VIEWPORT.height} CSS pixels, outside Zalo; the web admin at the size given,`,
    `signed in as the demo officer of the commune Hàm Thuận Bắc (\`${DEMO_OFFICERS.officer.username}\`).`,
    "",
    "| File | Screen | Size | What it shows |",
    "| --- | --- | --- | --- |",
    ...SHOTS.map(
      (shot) =>
        `| [${shot.file}](${shot.file}) | ${shot.title} | ${size(shot)} | ${shot.shows.replace(/\|/g, "\\|")} |`,
    ),
    "",
    ...SHOTS.flatMap((shot) => [`## ${shot.title}`, "", `![${shot.title}](${shot.file})`, ""]),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

async function main() {
  checkPrerequisites();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const backend = await startBackend();
  let browser;
  try {
    const source = await miniAppSource(backend.baseUrl);
    console.log(
      `[screenshots] Mini App build: ${source === "backend" ? "served by the backend jar" : "dist/ (the jar holds an older build)"}`,
    );
    browser = await launchBrowser();
    const wanted = new Set(SHOTS.map((shot) => shot.file));
    for (const existing of readdirSync(SCREENSHOT_DIR)) {
      if (existing.endsWith(".png") && !wanted.has(existing)) {
        rmSync(path.join(SCREENSHOT_DIR, existing));
      }
    }
    for (const shot of SHOTS) {
      const session = shot.officer
        ? await openAdminSession(browser, shot.viewport)
        : await openSession(browser, { source });
      try {
        if (shot.officer) {
          await logIn(session.page, backend.baseUrl, shot.officer);
        }
        await shot.prepare(session.page, { baseUrl: backend.baseUrl, watch: session.console });
        await session.page.waitForLoadState("networkidle");
        // Page transitions and the header settle.
        await session.page.waitForTimeout(500);
        await session.page.screenshot({ path: path.join(SCREENSHOT_DIR, shot.file), type: "png" });
        session.console.assertClean();
        console.log(`[screenshots] ${shot.file}`);
      } catch (error) {
        throw new HarnessError(`${shot.file}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await session.context.close();
      }
    }
    writeFileSync(path.join(SCREENSHOT_DIR, "README.md"), readme());
    console.log(`[screenshots] ${SHOTS.length} screens and README.md in ${SCREENSHOT_DIR}`);
  } finally {
    await browser?.close();
    await backend.stop();
  }
}

const stopSignals = ["SIGINT", "SIGTERM"];
for (const signal of stopSignals) {
  process.once(signal, () => {
    // The harness's exit hook sends SIGTERM to Java, which stops its PostgreSQL.
    process.exit(130);
  });
}

main().catch((error) => {
  console.error(`[screenshots] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
