import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const zmp = vi.hoisted(() => ({ current: null as null | Record<string, unknown> }));
vi.mock("zmp-sdk/apis", async () => {
  const sdk = (await import("../test/zmpSdkMock")).browserZmpSdk();
  zmp.current = sdk;
  return sdk;
});

import { CODE, fullDossier, publicDossier } from "../test/fixtures";
import { jsonResponse, problemResponse, stubFetch } from "../test/http";
import { currentLocation, renderAt } from "../test/render";
import { idleAnnouncementLists, useAnnouncements } from "../state/announcements";
import { useDossierStore } from "../state/dossier";
import { useLaunchStore } from "../state/launch";
import { useRecentCodes } from "../state/recentCodes";
import { browserShell } from "../sdk/zalo";

function scanMock() {
  return (zmp.current as { scanQRCode: ReturnType<typeof vi.fn> }).scanQRCode;
}

const ZALO_UA =
  "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 Zalo android/12100613 ZaloTheme/light";

/** Inside Zalo's webview (jsdom's own user agent is an ordinary browser's). */
function insideZalo() {
  vi.spyOn(window.navigator, "userAgent", "get").mockReturnValue(ZALO_UA);
}

function cameraInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"][name="qr-photo-camera"]');
  if (!input) {
    throw new Error("the camera input is not rendered");
  }
  return input;
}

beforeEach(() => {
  // Announcements already loaded (none): most tests here are about the lookup.
  useAnnouncements.setState({
    lists: { ...idleAnnouncementLists(), all: { status: "ready", items: [], error: null } },
  });
  useRecentCodes.setState({ items: [] });
  useLaunchStore.setState({ launch: null, tokens: {} });
  useDossierStore.getState().reset();
  scanMock().mockReset();
  scanMock().mockRejectedValue(Object.assign(new Error("not in Zalo"), { code: -1 }));
});

describe("HomePage", () => {
  it("looks up a code typed loosely and shows the dossier", async () => {
    const fetchMock = stubFetch(() => jsonResponse(publicDossier()));
    const user = userEvent.setup();
    renderAt("/");
    expect(screen.getByRole("heading", { name: "Tra cứu hồ sơ hành chính" })).toBeInTheDocument();

    await user.type(screen.getByLabelText("Nhập mã hồ sơ"), " 000 00 22 h12 261120 0007 ");
    await user.click(screen.getByRole("button", { name: "Tra cứu hồ sơ" }));

    expect(currentLocation()).toBe(`/dossier?code=${CODE}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" })).toBeInTheDocument();
    expect(String(fetchMock.mock.calls[0][0])).toContain(`/api/public/v1/dossiers/${encodeURIComponent(CODE)}`);
  });

  it("submits with the Enter key", async () => {
    stubFetch(() => jsonResponse(publicDossier()));
    const user = userEvent.setup();
    renderAt("/");
    await user.type(screen.getByLabelText("Nhập mã hồ sơ"), `${CODE}{Enter}`);
    expect(currentLocation()).toBe(`/dossier?code=${CODE}`);
  });

  it("explains an empty or malformed code instead of searching", async () => {
    const fetchMock = stubFetch(() => undefined);
    const user = userEvent.setup();
    renderAt("/");
    await user.click(screen.getByRole("button", { name: "Tra cứu hồ sơ" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Vui lòng nhập mã hồ sơ.");
    expect(screen.getByLabelText("Nhập mã hồ sơ")).toHaveAttribute("aria-invalid", "true");

    await user.type(screen.getByLabelText("Nhập mã hồ sơ"), "hồ sơ của tôi");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tra cứu hồ sơ" }));
    expect(screen.getByRole("alert")).toHaveTextContent("chỉ gồm chữ cái không dấu");
    expect(fetchMock).not.toHaveBeenCalled();
    expect(currentLocation()).toBe("/");
  });

  it("lists recent codes and opens or removes them", async () => {
    stubFetch(() => jsonResponse(publicDossier()));
    useRecentCodes
      .getState()
      .remember("HS-2026-0042", { procedureName: "Đăng ký khai sinh", statusLabel: "Đang xử lý" });
    useRecentCodes.getState().remember(CODE, { procedureName: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu" });
    const user = userEvent.setup();
    renderAt("/");

    expect(screen.getByRole("heading", { name: "Hồ sơ đã tra cứu" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Xoá mã HS-2026-0042 khỏi danh sách" }));
    expect(screen.queryByText("HS-2026-0042")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: new RegExp(`^${CODE.replace(/\./g, "\\.")}`) }));
    expect(currentLocation()).toBe(`/dossier?code=${CODE}`);
  });

  it("offers a photo of the QR code and typed entry in a browser, without calling Zalo's scanner", async () => {
    const user = userEvent.setup();
    renderAt("/");
    await user.click(screen.getByRole("button", { name: "Quét mã QR" }));
    expect(await screen.findByText(/không mở được máy quét mã QR của Zalo/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Quét bằng ảnh chụp mã QR" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chọn ảnh có sẵn" })).toBeEnabled();
    await waitFor(() => expect(screen.getByRole("button", { name: "Chụp ảnh mã QR" })).toHaveFocus());
    expect(screen.getByLabelText("Nhập mã hồ sơ")).toBeEnabled();
    expect(scanMock()).not.toHaveBeenCalled();
    expect(currentLocation()).toBe("/");
  });

  it("opens the dossier the server finds in the photo, keeping the token", async () => {
    const fetchMock = stubFetch((url, init) => {
      if (url.pathname === "/api/public/v1/qr/decode" && init?.method === "POST") {
        return jsonResponse({ code: CODE, token: "k1.photo" });
      }
      if (url.pathname === `/api/public/v1/dossiers/${CODE}`) {
        return jsonResponse(fullDossier());
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderAt("/");
    await user.click(screen.getByRole("button", { name: "Quét mã QR" }));
    await screen.findByRole("button", { name: "Chụp ảnh mã QR" });
    const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "giay-hen.png", { type: "image/png" });
    await user.upload(cameraInput(), photo);

    await waitFor(() => expect(currentLocation()).toBe(`/dossier?code=${CODE}&t=k1.photo`));
    expect(useLaunchStore.getState().tokens[CODE]).toBe("k1.photo");
    const [, init] = fetchMock.mock.calls[0];
    expect(init?.body).toBe(photo);
    expect((init?.headers as Record<string, string>)["Content-Type"]).toBe("image/png");
    expect(await screen.findByText("Thông tin đầy đủ")).toBeInTheDocument();
  });

  it("shows the server's Vietnamese problem when the photo has no QR code, and typed entry still works", async () => {
    stubFetch((url) => {
      if (url.pathname === "/api/public/v1/qr/decode") {
        return problemResponse(422, {
          type: "urn:motcua:problem:no-qr-found",
          title: "Không đọc được mã QR",
          detail:
            "Không tìm thấy mã QR trong ảnh. Hãy chụp lại gần hơn, đủ sáng, hoặc nhập mã hồ sơ in trên giấy tiếp nhận.",
        });
      }
      if (url.pathname === `/api/public/v1/dossiers/${CODE}`) {
        return jsonResponse(publicDossier());
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderAt("/");
    await user.click(screen.getByRole("button", { name: "Quét mã QR" }));
    await screen.findByRole("button", { name: "Chụp ảnh mã QR" });
    await user.upload(cameraInput(), new File(["not a qr"], "meo.jpg", { type: "image/jpeg" }));

    expect(await screen.findByText("Không đọc được mã QR")).toBeInTheDocument();
    expect(screen.getByText(/Không tìm thấy mã QR trong ảnh/)).toBeInTheDocument();
    expect(currentLocation()).toBe("/");

    await user.type(screen.getByLabelText("Nhập mã hồ sơ"), `${CODE}{Enter}`);
    expect(currentLocation()).toBe(`/dossier?code=${CODE}`);
  });

  it("inside Zalo, opens the dossier from a scanned receipt QR code, keeping its token", async () => {
    insideZalo();
    stubFetch(() => jsonResponse(publicDossier({ access: "full", tokenValid: true })));
    scanMock().mockResolvedValue({ content: `https://zalo.me/s/1234/?code=${CODE}&t=k1.scanned` });
    const user = userEvent.setup();
    renderAt("/");
    await user.click(screen.getByRole("button", { name: "Quét mã QR" }));
    await waitFor(() => expect(currentLocation()).toBe(`/dossier?code=${CODE}&t=k1.scanned`));
    expect(useLaunchStore.getState().tokens[CODE]).toBe("k1.scanned");
  });

  it("inside Zalo, says so when the QR code is not a dossier code", async () => {
    insideZalo();
    scanMock().mockResolvedValue({ content: "https://zalo.me/4318123456" });
    const user = userEvent.setup();
    renderAt("/");
    await user.click(screen.getByRole("button", { name: "Quét mã QR" }));
    expect(await screen.findByText(/Mã QR này không chứa mã hồ sơ/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Chụp ảnh mã QR" })).not.toBeInTheDocument();
  });

  it("inside Zalo, stays quiet when the citizen closes the scanner", async () => {
    insideZalo();
    scanMock().mockRejectedValue(Object.assign(new Error("cancelled"), { code: -201 }));
    const user = userEvent.setup();
    renderAt("/");
    await user.click(screen.getByRole("button", { name: "Quét mã QR" }));
    await waitFor(() => expect(scanMock()).toHaveBeenCalled());
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Chụp ảnh mã QR" })).not.toBeInTheDocument();
  });

  it("inside a Zalo version without the scanner, offers the photo", async () => {
    insideZalo();
    scanMock().mockRejectedValue(Object.assign(new Error("not supported"), { code: -1404 }));
    const user = userEvent.setup();
    renderAt("/");
    await user.click(screen.getByRole("button", { name: "Quét mã QR" }));
    expect(await screen.findByText(/không mở được máy quét mã QR của Zalo/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chụp ảnh mã QR" })).toBeInTheDocument();
  });

  it("inside Zalo, when the scanner fails, asks to try again or use a photo", async () => {
    insideZalo();
    scanMock().mockRejectedValue(Object.assign(new Error("camera busy"), { code: -5 }));
    const user = userEvent.setup();
    renderAt("/");
    await user.click(screen.getByRole("button", { name: "Quét mã QR" }));
    expect(await screen.findByText(/Chưa quét được mã QR/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chọn ảnh có sẵn" })).toBeInTheDocument();
  });

  it("links only to pages that exist", async () => {
    stubFetch(() => jsonResponse([]));
    const user = userEvent.setup();
    renderAt("/");
    const links = screen.getByRole("navigation");
    const buttons = links.querySelectorAll("button");
    expect(buttons).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: /Hướng dẫn thủ tục hành chính/ }));
    expect(currentLocation()).toBe("/procedures");
    expect(await screen.findByLabelText("Tìm thủ tục")).toBeInTheDocument();
  });

  it("offers the Official Account when one is configured, with a link fallback in a browser", async () => {
    vi.stubEnv("VITE_ZALO_OA_ID", "4318123456");
    const open = vi.spyOn(browserShell, "openUrl").mockImplementation(() => {});
    const user = userEvent.setup();
    try {
      renderAt("/");
      expect(screen.getByRole("navigation").querySelectorAll("button")).toHaveLength(4);
      await user.click(screen.getByRole("button", { name: /Nhắn tin hỏi đáp qua Zalo/ }));
      await waitFor(() => expect(open).toHaveBeenCalledWith("https://zalo.me/4318123456"));
      await user.click(screen.getByRole("button", { name: /Quan tâm Zalo OA/ }));
      await waitFor(() => expect(open).toHaveBeenCalledTimes(2));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("leads to Hồ sơ của tôi without signing in at launch", async () => {
    const fetchMock = stubFetch(() => undefined);
    const user = userEvent.setup();
    renderAt("/");
    expect(fetchMock).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: /Hồ sơ của tôi/ }));
    expect(currentLocation()).toBe("/my-dossiers");
    expect(await screen.findByRole("heading", { name: "Đăng nhập để xem hồ sơ của bạn" })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("Tin tức, thông báo on Home", () => {
  const NEWS = [1, 2, 3, 4].map((n) => ({
    id: `a${n}`,
    title: `Thông báo số ${n}`,
    body: `Nội dung ${n}`,
    publishedAt: "2026-11-20T08:00:00+07:00",
    agencyName: "Sở Tư pháp",
  }));

  beforeEach(() => {
    useAnnouncements.getState().reset();
  });

  it("shows the newest three and leads to the list", async () => {
    const fetchMock = stubFetch((url) =>
      url.pathname === "/api/public/v1/announcements" ? jsonResponse({ items: NEWS }) : undefined,
    );
    const user = userEvent.setup();
    renderAt("/");
    const section = (await screen.findByRole("heading", { name: "Tin tức, thông báo" })).closest(
      "section",
    ) as HTMLElement;
    await waitFor(() => expect(section).toHaveTextContent("Thông báo số 3"));
    expect(section).not.toHaveTextContent("Thông báo số 4");
    expect(section).toHaveTextContent("Sở Tư pháp · 20/11/2026");
    expect(new URL(String(fetchMock.mock.calls[0][0]), "http://x").searchParams.get("limit")).toBe("20");

    await user.click(screen.getByRole("button", { name: "Xem tất cả tin tức, thông báo" }));
    expect(currentLocation()).toBe("/announcements");
    expect(await screen.findByRole("heading", { name: "Thông báo số 4" })).toBeInTheDocument();
    expect(screen.getByText("Nội dung 4")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("opens one announcement from Home", async () => {
    stubFetch(() => jsonResponse({ items: NEWS }));
    const user = userEvent.setup();
    renderAt("/");
    await user.click(await screen.findByRole("button", { name: /Thông báo số 2/ }));
    expect(currentLocation()).toBe("/announcements?id=a2");
    expect((await screen.findByRole("heading", { name: "Thông báo số 2" })).closest("li")).toHaveClass(
      "announcement--selected",
    );
  });

  it("hides the section when there is no news, and offers Thử lại quietly after an error", async () => {
    let calls = 0;
    stubFetch(() => {
      calls += 1;
      return calls === 1 ? problemResponse(503, { title: "Hệ thống đang bận" }) : jsonResponse({ items: [] });
    });
    const user = userEvent.setup();
    renderAt("/");
    expect(await screen.findByText(/Chưa tải được tin tức/)).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    await waitFor(() => expect(screen.queryByRole("heading", { name: "Tin tức, thông báo" })).not.toBeInTheDocument());
    expect(calls).toBe(2);
  });
});
