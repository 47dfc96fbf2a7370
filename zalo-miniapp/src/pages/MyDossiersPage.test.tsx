import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const zmp = vi.hoisted(() => ({ current: null as null | Record<string, ReturnType<typeof vi.fn>> }));
vi.mock("zmp-sdk/apis", async () => {
  const sdk = (await import("../test/zmpSdkMock")).browserZmpSdk();
  zmp.current = sdk as unknown as Record<string, ReturnType<typeof vi.fn>>;
  return sdk;
});

import type { MyDossier } from "../api/me";
import { SANDBOX_SIGN_IN_LABEL, SESSION_EXPIRED_TEXT, ZALO_SIGN_IN_LABEL } from "../components/SignInCard";
import { useDossierStore } from "../state/dossier";
import { currentSession, useSessionStore } from "../state/session";
import { useSubscriptions } from "../state/subscriptions";
import { CODE, publicDossier } from "../test/fixtures";
import { jsonResponse, problemResponse, stubFetch, type Route } from "../test/http";
import { currentLocation, renderAt } from "../test/render";
import { grant, insideZalo, resetSession, signedIn } from "../test/session";
import { PHONE_CONSENT_TITLE, SHARE_PHONE_LABEL } from "./MyDossiersPage";

function sdk() {
  return zmp.current as Record<string, ReturnType<typeof vi.fn>>;
}

const OVERDUE_CODE = "000.16.00.H36-261027-0019";

function item(overrides: Partial<MyDossier> = {}): MyDossier {
  return {
    code: CODE,
    procedureName: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
    statusCode: 2,
    statusLabel: "Được tiếp nhận",
    agencyName: "UBND huyện Hàm Thuận Bắc",
    receivedAt: "2026-11-20T08:30:00+07:00",
    dueAt: "2026-12-04T17:00:00+07:00",
    finishedAt: null,
    overdue: false,
    clockPaused: false,
    following: false,
    ...overrides,
  };
}

const TWO = [
  item({ following: true }),
  item({
    code: OVERDUE_CODE,
    statusCode: 4,
    statusLabel: "Đang xử lý",
    overdue: true,
    procedureName: "Đăng ký kết hôn",
  }),
];

/** The backend as the page sees it: sign-in, me/dossiers, me/phone. */
function backend(options: { linked?: boolean; items?: MyDossier[]; dossiers?: Route } = {}): Route {
  let linked = options.linked ?? true;
  return (url, init) => {
    const method = init?.method ?? "GET";
    if (method === "POST" && url.pathname === "/api/public/v1/session/sandbox") {
      return jsonResponse(grant());
    }
    if (method === "POST" && url.pathname === "/api/public/v1/session") {
      return jsonResponse(grant({ phoneLinked: linked, maskedPhone: linked ? "09******78" : null }));
    }
    if (method === "POST" && url.pathname === "/api/public/v1/me/phone") {
      linked = true;
      return jsonResponse({ maskedPhone: "09******78", dossierCount: 2 });
    }
    if (method === "GET" && url.pathname === "/api/public/v1/me/dossiers") {
      return (
        options.dossiers?.(url, init) ??
        jsonResponse({ phoneLinked: linked, items: linked ? (options.items ?? TWO) : [] })
      );
    }
    if (method === "GET" && url.pathname.startsWith("/api/public/v1/dossiers/")) {
      return jsonResponse(publicDossier());
    }
    return undefined;
  };
}

beforeEach(() => {
  resetSession();
  useDossierStore.getState().reset();
  const notInZalo = Object.assign(new Error("not in Zalo"), { code: -1 });
  ["getAccessToken", "getUserInfo", "getPhoneNumber"].forEach((name) =>
    sdk()[name].mockReset().mockRejectedValue(notInZalo),
  );
});

describe("Hồ sơ của tôi in a browser", () => {
  it("asks to sign in, explains why, and signs in with the sandbox", async () => {
    const fetchMock = stubFetch(backend());
    const user = userEvent.setup();
    renderAt("/my-dossiers");
    expect(screen.getByRole("heading", { name: "Đăng nhập để xem hồ sơ của bạn" })).toBeInTheDocument();
    expect(screen.getByText(/không cần nhập từng mã hồ sơ/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: ZALO_SIGN_IN_LABEL })).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: SANDBOX_SIGN_IN_LABEL }));
    const list = await screen.findByRole("heading", { name: "2 hồ sơ nộp bằng số điện thoại 09******78" });
    expect(screen.getByText("Môi trường thử nghiệm")).toBeInTheDocument();
    const items = within(list.closest("section") as HTMLElement).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent(CODE);
    expect(items[0]).toHaveTextContent("Được tiếp nhận");
    expect(items[0]).toHaveTextContent("Hẹn trả ngày 04/12/2026 · UBND huyện Hàm Thuận Bắc");
    expect(items[0]).toHaveTextContent("Đang nhận thông báo");
    expect(items[0]).not.toHaveTextContent("Quá hạn");
    expect(items[1]).toHaveTextContent("Đăng ký kết hôn");
    expect(items[1]).toHaveTextContent("Quá hạn");
    expect(items[1]).not.toHaveTextContent("Đang nhận thông báo");
    expect(sdk().getAccessToken).not.toHaveBeenCalled();
    const listCall = fetchMock.mock.calls.find(([input]) => String(input).endsWith("/me/dossiers"));
    expect(new Headers(listCall?.[1]?.headers).get("Authorization")).toBe("Bearer s.abc");
    expect(useSubscriptions.getState().following[CODE]).toBe(true);
  });

  it("opens a dossier from the list", async () => {
    signedIn();
    stubFetch(backend());
    const user = userEvent.setup();
    renderAt("/my-dossiers");
    await user.click(await screen.findByRole("button", { name: new RegExp(OVERDUE_CODE.replace(/\./g, "\\.")) }));
    expect(currentLocation()).toBe(`/dossier?code=${OVERDUE_CODE}`);
    expect(await screen.findByRole("heading", { level: 1 })).toBeInTheDocument();
  });

  it("says when the sandbox is not running", async () => {
    stubFetch(() => problemResponse(404, { title: "Not Found" }));
    const user = userEvent.setup();
    renderAt("/my-dossiers");
    await user.click(screen.getByRole("button", { name: SANDBOX_SIGN_IN_LABEL }));
    expect(await screen.findByText(/Máy chủ chưa bật môi trường thử nghiệm/)).toBeInTheDocument();
    expect(currentSession()).toBeNull();
  });

  it("explains that linking the phone needs the Zalo app", async () => {
    signedIn({ citizen: { name: "", phoneLinked: false, maskedPhone: null, oaUserId: null } });
    stubFetch(backend({ linked: false }));
    renderAt("/my-dossiers");
    expect(await screen.findByRole("heading", { name: PHONE_CONSENT_TITLE })).toBeInTheDocument();
    expect(screen.getByText(/Liên kết số điện thoại cần ứng dụng Zalo/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: SHARE_PHONE_LABEL })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tra cứu bằng mã hồ sơ" })).toBeInTheDocument();
  });

  it("shows an empty state that leads to the lookup by code", async () => {
    signedIn();
    stubFetch(backend({ items: [] }));
    const user = userEvent.setup();
    renderAt("/my-dossiers");
    expect(await screen.findByRole("heading", { name: "Chưa có hồ sơ nào" })).toBeInTheDocument();
    expect(screen.getByText("Chưa có hồ sơ nào được nộp bằng số điện thoại 09******78.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tra cứu bằng mã hồ sơ" }));
    expect(currentLocation()).toBe("/");
  });

  it("shows an error with Thử lại, and recovers", async () => {
    signedIn();
    let calls = 0;
    stubFetch(
      backend({
        dossiers: () => {
          calls += 1;
          return calls === 1
            ? problemResponse(503, { title: "Hệ thống đang bận", detail: "Vui lòng quay lại sau." })
            : undefined;
        },
      }),
    );
    const user = userEvent.setup();
    renderAt("/my-dossiers");
    expect(await screen.findByRole("alert")).toHaveTextContent("Hệ thống đang bận");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("heading", { name: /2 hồ sơ/ })).toBeInTheDocument();
  });

  it("asks to sign in again when the server refuses the session", async () => {
    signedIn();
    stubFetch(backend({ dossiers: () => problemResponse(401, { title: "Phiên đăng nhập đã hết hạn" }) }));
    renderAt("/my-dossiers");
    expect(await screen.findByText(SESSION_EXPIRED_TEXT)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: SANDBOX_SIGN_IN_LABEL })).toBeInTheDocument();
    expect(useSessionStore.getState().session).toBeNull();
  });

  it("signs out without calling it an expiry", async () => {
    signedIn();
    stubFetch(backend());
    const user = userEvent.setup();
    renderAt("/my-dossiers");
    await user.click(await screen.findByRole("button", { name: "Đăng xuất" }));
    expect(await screen.findByRole("heading", { name: "Đăng nhập để xem hồ sơ của bạn" })).toBeInTheDocument();
    expect(screen.queryByText(SESSION_EXPIRED_TEXT)).not.toBeInTheDocument();
    expect(currentSession()).toBeNull();
  });
});

describe("Hồ sơ của tôi inside Zalo", () => {
  beforeEach(() => {
    insideZalo();
    sdk().getAccessToken.mockResolvedValue("zalo-access");
    sdk().getUserInfo.mockResolvedValue({
      userInfo: { id: "u1", name: "", avatar: "", idByOA: "oa-77", followedOA: false },
    });
  });

  it("signs in by itself when opened, asks consent for the phone, links it and lists the dossiers", async () => {
    sdk().getPhoneNumber.mockResolvedValue({ token: "phone-token" });
    const fetchMock = stubFetch(backend({ linked: false }));
    const user = userEvent.setup();
    renderAt("/my-dossiers");

    expect(await screen.findByRole("heading", { name: PHONE_CONSENT_TITLE })).toBeInTheDocument();
    expect(screen.getByText(/Số điện thoại chỉ dùng để tìm hồ sơ mang số này/)).toBeInTheDocument();
    expect(sdk().getPhoneNumber).not.toHaveBeenCalled();
    const signIn = fetchMock.mock.calls.find(([input]) => String(input).endsWith("/api/public/v1/session"));
    expect(JSON.parse(String(signIn?.[1]?.body))).toEqual({ accessToken: "zalo-access", oaUserId: "oa-77" });

    await user.click(screen.getByRole("button", { name: SHARE_PHONE_LABEL }));
    expect(
      await screen.findByRole("heading", { name: "2 hồ sơ nộp bằng số điện thoại 09******78" }),
    ).toBeInTheDocument();
    const link = fetchMock.mock.calls.find(([input]) => String(input).endsWith("/me/phone"));
    expect(JSON.parse(String(link?.[1]?.body))).toEqual({ phoneToken: "phone-token", accessToken: "zalo-access" });
    expect(new Headers(link?.[1]?.headers).get("Authorization")).toBe("Bearer s.abc");
    expect(currentSession()?.citizen).toMatchObject({ phoneLinked: true, maskedPhone: "09******78" });
    expect(screen.queryByText("Môi trường thử nghiệm")).not.toBeInTheDocument();
  });

  it("is polite when the citizen does not share the phone, and lets them try again", async () => {
    sdk().getPhoneNumber.mockRejectedValueOnce(Object.assign(new Error("denied"), { code: -1401 }));
    sdk().getPhoneNumber.mockResolvedValueOnce({ token: "phone-token" });
    stubFetch(backend({ linked: false }));
    const user = userEvent.setup();
    renderAt("/my-dossiers");
    await user.click(await screen.findByRole("button", { name: SHARE_PHONE_LABEL }));
    expect(await screen.findByText(/Bạn chưa đồng ý chia sẻ số điện thoại/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("heading", { name: /2 hồ sơ/ })).toBeInTheDocument();
  });

  it("says when the app may not read the phone number (-1403)", async () => {
    sdk().getPhoneNumber.mockRejectedValue(Object.assign(new Error("no permission"), { code: -1403 }));
    stubFetch(backend({ linked: false }));
    const user = userEvent.setup();
    renderAt("/my-dossiers");
    await user.click(await screen.findByRole("button", { name: SHARE_PHONE_LABEL }));
    expect(await screen.findByText(/Chưa lấy được số điện thoại qua Zalo/)).toBeInTheDocument();
  });

  it("offers the Zalo sign-in again when the citizen refused it", async () => {
    sdk().getAccessToken.mockRejectedValueOnce(Object.assign(new Error("denied"), { code: -201 }));
    stubFetch(backend());
    const user = userEvent.setup();
    renderAt("/my-dossiers");
    expect(await screen.findByText(/Bạn chưa đồng ý đăng nhập bằng tài khoản Zalo/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: SANDBOX_SIGN_IN_LABEL })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    await waitFor(() => expect(currentSession()).not.toBeNull());
    expect(await screen.findByRole("heading", { name: /2 hồ sơ/ })).toBeInTheDocument();
  });
});
