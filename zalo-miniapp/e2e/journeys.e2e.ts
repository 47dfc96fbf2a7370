/**
 * Citizen journeys in headless Chromium at 360x740 against the real backend
 * (demo data), through the Mini App build served under /miniapp/. Every
 * journey fails on a console error or page error it did not declare (see
 * ConsoleWatch in harness.mjs for exactly what may be declared).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  DEMO,
  INTEGRATION_KEY,
  launchBrowser,
  openSession,
  receiptLink,
  receiptQrPng,
  type AppSession,
} from "./harness.mjs";

const baseUrl = inject("backendUrl");
const source = inject("miniAppSource");
/** The same backend under the name a newcomer types, where zmp-sdk acts as Zalo's simulator. */
const localhostUrl = baseUrl.replace("//127.0.0.1:", "//localhost:");

const UNKNOWN_CODE = "000.99.99.H99-991231-9999";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Runs one journey in a fresh context and fails it on any undeclared console error. */
async function journey(run: (session: AppSession) => Promise<void>): Promise<void> {
  const session = await openSession(browser, { source });
  try {
    await run(session);
    await session.page.waitForLoadState("networkidle");
    session.console.assertClean();
  } finally {
    await session.context.close();
  }
}

async function openHome(page: Page, origin = baseUrl): Promise<void> {
  const response = await page.goto(`${origin}/miniapp/`);
  expect(response?.status()).toBe(200);
  await page.getByRole("heading", { name: "Tra cứu hồ sơ hành chính" }).waitFor();
}

async function lookUp(page: Page, typed: string): Promise<void> {
  await page.getByLabel("Nhập mã hồ sơ").fill(typed);
  await page.getByRole("button", { name: "Tra cứu hồ sơ", exact: true }).click();
}

function statusHeading(page: Page, label: string) {
  return page.getByRole("heading", { level: 1, name: label, exact: true });
}

/** The code on the dossier page's status card (Home's recent list, still in the DOM, shows codes too). */
async function expectDossierCode(page: Page, code: string): Promise<void> {
  await page.locator(".dossier-code", { hasText: code }).waitFor();
}

describe("Mini App journeys", () => {
  it("(a) a deep link with the receipt token opens the full detail", async () => {
    const { token } = await receiptLink(baseUrl, DEMO.supplement);
    expect(token).toMatch(/\S/);
    await journey(async ({ page }) => {
      const response = await page.goto(
        `${baseUrl}/miniapp/dossier?code=${encodeURIComponent(DEMO.supplement)}&t=${encodeURIComponent(token)}`,
      );
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-type"]).toContain("text/html");

      await statusHeading(page, "Yêu cầu bổ sung giấy tờ").waitFor();
      await page.getByRole("heading", { name: "Thông tin đầy đủ" }).waitFor();
      await page.getByText("Trần Thị Hoa", { exact: true }).waitFor();
      await page.getByRole("heading", { name: "Giấy tờ cần bổ sung" }).waitFor();
      await page.getByText("Bản vẽ mặt bằng, mặt cắt công trình", { exact: true }).waitFor();
      await page.getByText("Bản sao giấy chứng nhận quyền sử dụng đất có chứng thực", { exact: true }).waitFor();
      expect(await page.getByRole("heading", { name: "Xem đầy đủ thông tin hồ sơ" }).count()).toBe(0);

      // Opened straight on the dossier, Home is below it: the back arrow is no dead end.
      await page.getByRole("button", { name: "Quay lại" }).click();
      await page.getByRole("heading", { name: "Tra cứu hồ sơ hành chính" }).waitFor();
    });
  });

  it("(b) a code typed loosely on Home opens the dossier with its national status", async () => {
    await journey(async ({ page }) => {
      await openHome(page);
      await lookUp(page, "000 12 00 h36 261118 0012");
      await statusHeading(page, "Yêu cầu bổ sung giấy tờ").waitFor();
      await expectDossierCode(page, DEMO.supplement);
      // Public access only: masked name and the form to see more.
      await page.getByText("Trần T** H", { exact: true }).waitFor();
      await page.getByRole("heading", { name: "Xem đầy đủ thông tin hồ sơ" }).waitFor();

      await page.getByRole("button", { name: "Tra cứu hồ sơ khác" }).click();
      await page.getByRole("heading", { name: "Hồ sơ đã tra cứu" }).waitFor();
      await page.getByRole("button", { name: new RegExp(`^${DEMO.supplement.replace(/\./g, "\\.")}`) }).waitFor();
    });
  });

  it("(c) scan fallback: a photo of the receipt QR code opens the dossier with its token", async () => {
    const png = await receiptQrPng(baseUrl, DEMO.received);
    await journey(async ({ page }) => {
      await openHome(page);
      await page.getByRole("button", { name: "Quét mã QR", exact: true }).click();
      await page.getByText(/không mở được máy quét mã QR của Zalo/).waitFor();

      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Chụp ảnh mã QR" }).click();
      const fileChooser = await chooser;
      expect(fileChooser.isMultiple()).toBe(false);
      expect(await fileChooser.element().getAttribute("capture")).toBe("environment");
      expect(await fileChooser.element().getAttribute("accept")).toBe("image/*");

      const decoded = page.waitForResponse(
        (response) => new URL(response.url()).pathname === "/api/public/v1/qr/decode",
      );
      await fileChooser.setFiles({ name: "giay-tiep-nhan.png", mimeType: "image/png", buffer: png });
      const answer = await decoded;
      expect(answer.request().method()).toBe("POST");
      expect(answer.request().headers()["content-type"]).toBe("image/png");
      expect(answer.status()).toBe(200);

      await statusHeading(page, "Được tiếp nhận").waitFor();
      await expectDossierCode(page, DEMO.received);
      // The receipt's QR code carries the token: full detail without asking.
      await page.getByRole("heading", { name: "Thông tin đầy đủ" }).waitFor();
      await page.getByText("Nguyễn Văn Bình", { exact: true }).waitFor();
    });
  });

  it("(c) scan fallback: a photo without a QR code, or not an image, shows the server's Vietnamese problem", async () => {
    await journey(async ({ page, console: watch }) => {
      watch.allowHttpError(422, "/api/public/v1/qr/decode");
      watch.allowHttpError(415, "/api/public/v1/qr/decode");
      await openHome(page);
      await page.getByRole("button", { name: "Quét mã QR", exact: true }).click();
      const noQr = await page.screenshot({ type: "png" });

      const first = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Chọn ảnh có sẵn" }).click();
      await (await first).setFiles({ name: "man-hinh.png", mimeType: "image/png", buffer: noQr });
      await page.getByText("Không đọc được mã QR", { exact: true }).waitFor();
      await page.getByText(/Không tìm thấy mã QR trong ảnh/).waitFor();

      const second = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Chọn ảnh có sẵn" }).click();
      await (
        await second
      ).setFiles({
        name: "giay-hen.png",
        mimeType: "image/png",
        buffer: Buffer.from("Đây không phải là ảnh"),
      });
      await page.getByText("Ảnh không hợp lệ", { exact: true }).waitFor();
      await page.getByText(/Vui lòng gửi ảnh JPEG hoặc PNG/).waitFor();
      expect(watch.allowed.map((entry) => entry.text)).toEqual([
        expect.stringContaining("status of 422"),
        expect.stringContaining("status of 415"),
      ]);

      // Typed entry is still there and works.
      await lookUp(page, DEMO.received);
      await statusHeading(page, "Được tiếp nhận").waitFor();
    });
  });

  it("(c) scan fallback on localhost, where zmp-sdk would answer as Zalo's simulator", async () => {
    const png = await receiptQrPng(baseUrl, DEMO.supplement);
    await journey(async ({ page }) => {
      await openHome(page, localhostUrl);
      await page.getByRole("button", { name: "Quét mã QR", exact: true }).click();
      await page.getByRole("heading", { name: "Quét bằng ảnh chụp mã QR" }).waitFor();
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Chọn ảnh có sẵn" }).click();
      const fileChooser = await chooser;
      expect(await fileChooser.element().getAttribute("capture")).toBeNull();
      await fileChooser.setFiles({ name: "qr.png", mimeType: "image/png", buffer: png });
      await statusHeading(page, "Yêu cầu bổ sung giấy tờ").waitFor();
      await page.getByText("Trần Thị Hoa", { exact: true }).waitFor();
    });
  });

  it("(d) an unknown code shows the Vietnamese not-found state with a way back", async () => {
    await journey(async ({ page, console: watch }) => {
      watch.allowHttpError(404, `/api/public/v1/dossiers/${UNKNOWN_CODE}`);
      await openHome(page);
      await lookUp(page, UNKNOWN_CODE);
      await page.getByRole("heading", { name: "Không tìm thấy hồ sơ" }).waitFor();
      await page.getByText(/Vui lòng kiểm tra lại mã hồ sơ/).waitFor();
      await page.getByRole("button", { name: "Thử lại" }).waitFor();
      await page.getByRole("button", { name: "Nhập mã hồ sơ khác" }).click();
      await page.getByRole("heading", { name: "Tra cứu hồ sơ hành chính" }).waitFor();
      expect(watch.allowed).toHaveLength(1);
    });
  });

  it("(e) 'Xem đầy đủ' with the applicant's phone shows the full detail", async () => {
    await journey(async ({ page, console: watch }) => {
      watch.allowHttpError(403, `/api/public/v1/dossiers/${DEMO.supplement}/access`);
      const response = await page.goto(`${baseUrl}/miniapp/dossier?code=${encodeURIComponent(DEMO.supplement)}`);
      expect(response?.status()).toBe(200);
      await page.getByRole("heading", { name: "Xem đầy đủ thông tin hồ sơ" }).waitFor();
      await page.getByRole("button", { name: "Số điện thoại", exact: true }).click();
      const field = page.getByLabel("Số điện thoại của người nộp hồ sơ");

      await field.fill("0900000000");
      await page.getByRole("button", { name: "Xem đầy đủ", exact: true }).click();
      await page.getByText(/Thông tin không khớp với hồ sơ/).waitFor();

      await field.fill("0987654321");
      await page.getByRole("button", { name: "Xem đầy đủ", exact: true }).click();
      await page.getByRole("heading", { name: "Thông tin đầy đủ" }).waitFor();
      await page.getByText("Trần Thị Hoa", { exact: true }).waitFor();
      await page.getByText("Bản vẽ mặt bằng, mặt cắt công trình", { exact: true }).waitFor();
      expect(await page.getByRole("heading", { name: "Xem đầy đủ thông tin hồ sơ" }).count()).toBe(0);
      // The token is in the page's own link now, not the typed number.
      expect(await page.getByLabel("Số điện thoại của người nộp hồ sơ").count()).toBe(0);
    });
  });

  it("(f) the procedure guide finds 'Đất đai' procedures for 'dat dai' typed without diacritics", async () => {
    await journey(async ({ page }) => {
      await openHome(page);
      await page.getByRole("button", { name: /Hướng dẫn thủ tục hành chính/ }).click();
      const search = page.getByLabel("Tìm thủ tục");
      await search.waitFor();
      const answer = page.waitForResponse((response) => {
        const url = new URL(response.url());
        return url.pathname === "/api/public/v1/procedures" && url.searchParams.get("q") === "dat dai";
      });
      await search.fill("dat dai");
      const found = (await (await answer).json()) as Array<{ name: string; field: string | null }>;
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((procedure) => procedure.field === "Đất đai")).toBe(true);

      const list = page.getByRole("list", { name: "Danh sách thủ tục" });
      await list.getByText("Cấp giấy chứng nhận quyền sử dụng đất lần đầu", { exact: true }).waitFor();
      await expect.poll(() => list.getByRole("listitem").count()).toBe(found.length);
      const metas = await list.locator(".procedure__meta").allTextContents();
      expect(metas.every((meta) => meta.startsWith("Đất đai"))).toBe(true);
      expect(await list.getByText("Đăng ký kết hôn").count()).toBe(0);

      await list.getByRole("button", { name: /Cấp giấy chứng nhận quyền sử dụng đất lần đầu/ }).click();
      await page.getByText("Sơ đồ thửa đất", { exact: true }).waitFor();
    });
  });

  it("(g) an old pre-merger code resolves to the dossier's current code", async () => {
    await journey(async ({ page }) => {
      await openHome(page);
      await lookUp(page, DEMO.oldCode);
      await statusHeading(page, "Đang xử lý").waitFor();
      await expectDossierCode(page, DEMO.oldCodeCurrent);
      await page.getByText(`Bạn tra cứu bằng mã cũ ${DEMO.oldCode}`, { exact: false }).waitFor();
      await page
        .getByText("Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền")
        .first()
        .waitFor();
    });
  });

  it("(h) the applicant rates a returned dossier after proving the phone number", async () => {
    await journey(async ({ page }) => {
      const response = await page.goto(`${baseUrl}/miniapp/dossier?code=${encodeURIComponent(DEMO.returned)}`);
      expect(response?.status()).toBe(200);
      await statusHeading(page, "Đã trả kết quả").waitFor();
      // Public access: one line instead of the form, leading to "Xem đầy đủ".
      await page.getByText(/có thể đánh giá sau khi mở hồ sơ bằng mã QR/).waitFor();
      expect(await page.getByRole("button", { name: "Gửi đánh giá" }).count()).toBe(0);
      await page.getByRole("button", { name: "Xác minh tại mục Xem đầy đủ" }).click();

      await page.getByRole("button", { name: "Số điện thoại", exact: true }).click();
      await page.getByLabel("Số điện thoại của người nộp hồ sơ").fill("0934555666");
      await page.getByRole("button", { name: "Xem đầy đủ", exact: true }).click();
      await page.getByRole("heading", { name: "Thông tin đầy đủ" }).waitFor();

      await page.getByRole("heading", { name: "Đánh giá mức độ hài lòng" }).waitFor();
      const best = page.getByRole("button", { name: "Rất hài lòng", exact: true });
      const box = await best.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
      await best.click();
      expect(await best.getAttribute("aria-pressed")).toBe("true");
      await page.getByLabel("Góp ý thêm (không bắt buộc)").fill("Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn.");

      const posted = page.waitForResponse(
        (answer) => new URL(answer.url()).pathname === `/api/public/v1/dossiers/${DEMO.returned}/rating`,
      );
      await page.getByRole("button", { name: "Gửi đánh giá" }).click();
      const answer = await posted;
      expect(answer.status()).toBe(200);
      const sent = answer.request().postDataJSON() as Record<string, unknown>;
      expect(sent).toMatchObject({ level: 3, channel: "miniapp" });
      expect(sent.token).toMatch(/\S/);

      await page.getByText("Cảm ơn bạn đã đánh giá", { exact: true }).waitFor();
      await page.getByText("Bạn đã chọn: Rất hài lòng.", { exact: true }).waitFor();
      await page.getByRole("button", { name: "Thay đổi đánh giá" }).waitFor();
    });

    const stored = await fetch(`${baseUrl}/api/integration/v1/dossiers/${encodeURIComponent(DEMO.returned)}/rating`, {
      headers: { "X-Api-Key": INTEGRATION_KEY, Accept: "application/json" },
    });
    expect(stored.status).toBe(200);
    const rating = (await stored.json()) as { level: number; comment: string | null; channel: string };
    expect(rating.level).toBe(3);
    expect(rating.comment).toBe("Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn.");
    expect(rating.channel).toBe("miniapp");
  });

  it("(i) sandbox sign-in: 'Hồ sơ của tôi' lists the demo citizen's dossiers, one opens and is followed", async () => {
    await journey(async ({ page }) => {
      await openHome(page);
      await page.getByRole("button", { name: /Hồ sơ của tôi/ }).click();
      // Nothing signed in on the way: the page asks first.
      await page.getByRole("heading", { name: "Đăng nhập để xem hồ sơ của bạn" }).waitFor();

      const signedIn = page.waitForResponse(
        (response) => new URL(response.url()).pathname === "/api/public/v1/session/sandbox",
      );
      await page.getByRole("button", { name: "Đăng nhập thử (môi trường thử nghiệm)" }).click();
      expect((await signedIn).status()).toBe(200);
      await page.getByText("Môi trường thử nghiệm", { exact: true }).waitFor();
      await page.getByRole("heading", { name: /hồ sơ nộp bằng số điện thoại/ }).waitFor();

      const first = page.locator(".my-dossiers__open").first();
      const code = (await first.locator(".recent-list__code").textContent())?.trim() ?? "";
      expect(code).toMatch(/\S/);
      await first.click();
      await expectDossierCode(page, code);

      const toggle = page.getByRole("switch", { name: "Nhận thông báo" });
      const before = await toggle.getAttribute("aria-checked");
      const saved = page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === `/api/public/v1/me/subscriptions/${encodeURIComponent(code)}`,
      );
      await toggle.click();
      const answer = await saved;
      expect(answer.status()).toBe(200);
      expect(answer.request().headers()["authorization"]).toMatch(/^Bearer \S/);
      await page.locator(`[role="switch"][aria-checked="${before === "true" ? "false" : "true"}"]`).waitFor();

      // The backend holds the subscription (or no longer holds it) for this citizen.
      const followed = await page.request.get(`${baseUrl}/api/public/v1/me/subscriptions`, {
        headers: { authorization: answer.request().headers()["authorization"] },
      });
      expect(followed.status()).toBe(200);
      const codes = ((await followed.json()).items as { code: string }[]).map((item) => item.code);
      expect(codes.includes(code)).toBe(before !== "true");
    });
  });
});
