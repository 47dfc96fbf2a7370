import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const zmp = vi.hoisted(() => ({ current: null as null | Record<string, ReturnType<typeof vi.fn>> }));
vi.mock("zmp-sdk/apis", async () => {
  const sdk = (await import("../test/zmpSdkMock")).browserZmpSdk();
  zmp.current = sdk as unknown as Record<string, ReturnType<typeof vi.fn>>;
  return sdk;
});

import { browserShell, onFallbackToast } from "../sdk/zalo";
import { useDossierStore } from "../state/dossier";
import { currentSession } from "../state/session";
import { useSubscriptions } from "../state/subscriptions";
import { CODE, fullDossier, publicDossier } from "../test/fixtures";
import { jsonResponse, problemResponse, stubFetch, type Route } from "../test/http";
import { renderAt } from "../test/render";
import { grant, insideZalo, resetSession, signedIn } from "../test/session";
import { SANDBOX_SIGN_IN_LABEL, SESSION_EXPIRED_TEXT } from "./SignInCard";
import {
  ALLOW_OA_LABEL,
  APPLICANT_TEXT,
  CHANNELS_TEXT,
  FOLLOW_OA_LABEL,
  FOLLOWER_TEXT,
  NOTIFY_LABEL,
  OA_REFUSED_TEXT,
} from "./NotificationCard";

function sdk() {
  return zmp.current as Record<string, ReturnType<typeof vi.fn>>;
}

const PATH = `/dossier?code=${encodeURIComponent(CODE)}`;
const SUBSCRIPTION = `/api/public/v1/me/subscriptions/${encodeURIComponent(CODE)}`;

function backend(options: { subscriptions?: Route; subscription?: Route } = {}): Route {
  return (url, init) => {
    const method = init?.method ?? "GET";
    if (method === "GET" && url.pathname.startsWith("/api/public/v1/dossiers/")) {
      return jsonResponse(publicDossier());
    }
    if (method === "POST" && url.pathname === "/api/public/v1/session/sandbox") {
      return jsonResponse(grant());
    }
    if (method === "POST" && url.pathname === "/api/public/v1/session") {
      return jsonResponse(grant());
    }
    if (method === "GET" && url.pathname === "/api/public/v1/me/subscriptions") {
      return options.subscriptions?.(url, init) ?? jsonResponse({ items: [] });
    }
    if ((method === "PUT" || method === "DELETE") && url.pathname === SUBSCRIPTION) {
      return options.subscription?.(url, init) ?? jsonResponse({ code: CODE, following: method === "PUT" });
    }
    return undefined;
  };
}

function toggle() {
  return screen.getByRole("switch", { name: NOTIFY_LABEL });
}

function calls(fetchMock: ReturnType<typeof stubFetch>, method: string) {
  return fetchMock.mock.calls.filter(([, init]) => (init?.method ?? "GET") === method);
}

beforeEach(() => {
  resetSession();
  useDossierStore.getState().reset();
  const notInZalo = Object.assign(new Error("not in Zalo"), { code: -1 });
  ["getAccessToken", "getUserInfo", "followOA", "interactOA"].forEach((name) =>
    sdk()[name].mockReset().mockRejectedValue(notInZalo),
  );
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("Nhận thông báo on the dossier page", () => {
  it("is off and asks nothing until tapped: no sign-in at load", async () => {
    const fetchMock = stubFetch(backend());
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    expect(toggle()).toHaveAttribute("aria-checked", "false");
    expect(screen.getByText(/Bật để nhận tin nhắn Zalo khi hồ sơ này thay đổi/)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button", { name: SANDBOX_SIGN_IN_LABEL })).not.toBeInTheDocument();
  });

  it("in a browser, signs in with the sandbox first, then follows", async () => {
    const fetchMock = stubFetch(backend());
    const toast = vi.fn();
    const unsubscribe = onFallbackToast(toast);
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    await user.click(toggle());
    expect(calls(fetchMock, "PUT")).toHaveLength(0);
    expect(screen.getByRole("heading", { name: "Đăng nhập để nhận thông báo" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: SANDBOX_SIGN_IN_LABEL }));
    await waitFor(() => expect(toggle()).toHaveAttribute("aria-checked", "true"));
    const put = calls(fetchMock, "PUT");
    expect(put).toHaveLength(1);
    expect(new URL(String(put[0][0]), "http://x").pathname).toBe(SUBSCRIPTION);
    expect(new Headers(put[0][1]?.headers).get("Authorization")).toBe("Bearer s.abc");
    expect(screen.queryByRole("heading", { name: "Đăng nhập để nhận thông báo" })).not.toBeInTheDocument();
    await waitFor(() => expect(toast).toHaveBeenCalledWith("Đã bật nhận thông báo cho hồ sơ này."));
    unsubscribe();
    expect(screen.getByText(/Bạn sẽ nhận tin nhắn Zalo khi hồ sơ này thay đổi/)).toBeInTheDocument();
  });

  it("when signed in, shows the server's state and stops following with DELETE", async () => {
    signedIn();
    const fetchMock = stubFetch(backend({ subscriptions: () => jsonResponse({ items: [{ code: CODE }] }) }));
    const toast = vi.fn();
    const unsubscribe = onFallbackToast(toast);
    const user = userEvent.setup();
    renderAt(PATH);
    await waitFor(() => expect(toggle()).toHaveAttribute("aria-checked", "true"));
    await user.click(toggle());
    await waitFor(() => expect(toggle()).toHaveAttribute("aria-checked", "false"));
    expect(calls(fetchMock, "DELETE")).toHaveLength(1);
    await waitFor(() => expect(toast).toHaveBeenCalledWith("Đã tắt nhận thông báo cho hồ sơ này."));
    unsubscribe();
  });

  it("works when the server has no list of subscriptions (404)", async () => {
    signedIn();
    stubFetch(backend({ subscriptions: () => problemResponse(404, {}) }));
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    expect(toggle()).toHaveAttribute("aria-checked", "false");
    await user.click(toggle());
    await waitFor(() => expect(toggle()).toHaveAttribute("aria-checked", "true"));
  });

  it("shows the server's refusal and keeps the switch as it was", async () => {
    signedIn();
    stubFetch(
      backend({
        subscription: () =>
          problemResponse(403, {
            title: "Không theo dõi được hồ sơ",
            detail: "Hồ sơ không thuộc số điện thoại của bạn.",
          }),
      }),
    );
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    await user.click(toggle());
    expect(
      await screen.findByText("Không theo dõi được hồ sơ. Hồ sơ không thuộc số điện thoại của bạn."),
    ).toBeInTheDocument();
    expect(toggle()).toHaveAttribute("aria-checked", "false");
  });

  it("asks to sign in again after a 401, then completes the choice", async () => {
    signedIn();
    let first = true;
    const fetchMock = stubFetch(
      backend({
        subscription: (_url, init) => {
          if (first) {
            first = false;
            return problemResponse(401, { title: "Phiên đăng nhập đã hết hạn" });
          }
          return jsonResponse({ code: CODE, following: init?.method === "PUT" });
        },
      }),
    );
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    await user.click(toggle());
    expect(await screen.findByText(SESSION_EXPIRED_TEXT)).toBeInTheDocument();
    expect(currentSession()).toBeNull();
    await user.click(screen.getByRole("button", { name: SANDBOX_SIGN_IN_LABEL }));
    await waitFor(() => expect(toggle()).toHaveAttribute("aria-checked", "true"));
    expect(calls(fetchMock, "PUT")).toHaveLength(2);
  });

  it("inside Zalo, signs in with Zalo straight from the tap", async () => {
    insideZalo();
    sdk().getAccessToken.mockResolvedValue("zalo-access");
    const fetchMock = stubFetch(backend());
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    await user.click(toggle());
    await waitFor(() => expect(toggle()).toHaveAttribute("aria-checked", "true"));
    expect(sdk().getAccessToken).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls.some(([input]) => String(input).endsWith("/api/public/v1/session"))).toBe(true);
    expect(screen.queryByRole("button", { name: SANDBOX_SIGN_IN_LABEL })).not.toBeInTheDocument();
  });

  it("inside Zalo, is polite when the citizen refuses to sign in", async () => {
    insideZalo();
    sdk().getAccessToken.mockRejectedValue(Object.assign(new Error("denied"), { code: -202 }));
    const fetchMock = stubFetch(backend());
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    await user.click(toggle());
    expect(await screen.findByText(/Bạn chưa đồng ý đăng nhập bằng tài khoản Zalo/)).toBeInTheDocument();
    expect(toggle()).toHaveAttribute("aria-checked", "false");
    expect(calls(fetchMock, "PUT")).toHaveLength(0);
  });
});

const NO_PHONE = { name: "Nguyễn Văn Bình", phoneLinked: false, maskedPhone: null, oaUserId: "oa-77" };

describe("Zalo OA follow prompt (only for citizens without a linked phone: template messages by phone need no follow)", () => {
  it("after following a dossier, asks to follow the OA; in a browser opens the OA page", async () => {
    vi.stubEnv("VITE_ZALO_OA_ID", "4318123456");
    signedIn({ citizen: NO_PHONE });
    useSubscriptions.getState().seed([{ code: CODE, following: true }]);
    stubFetch(backend());
    const open = vi.spyOn(browserShell, "openUrl").mockImplementation(() => {});
    const user = userEvent.setup();
    renderAt(PATH);
    await user.click(await screen.findByRole("button", { name: FOLLOW_OA_LABEL }));
    expect(open).toHaveBeenCalledWith("https://zalo.me/4318123456");
    expect(screen.getByText(/Trang Zalo OA đã được mở/)).toBeInTheDocument();
    expect(sdk().followOA).not.toHaveBeenCalled();
  });

  it("inside Zalo calls followOA and then stops asking", async () => {
    vi.stubEnv("VITE_ZALO_OA_ID", "4318123456");
    insideZalo();
    sdk().followOA.mockResolvedValue(undefined);
    signedIn({ followedOA: false, citizen: NO_PHONE });
    useSubscriptions.getState().seed([{ code: CODE, following: true }]);
    stubFetch(backend());
    const user = userEvent.setup();
    renderAt(PATH);
    await user.click(await screen.findByRole("button", { name: FOLLOW_OA_LABEL }));
    expect(sdk().followOA).toHaveBeenCalledWith({ id: "4318123456" });
    await waitFor(() => expect(screen.queryByRole("button", { name: FOLLOW_OA_LABEL })).not.toBeInTheDocument());
    expect(currentSession()?.followedOA).toBe(true);
  });

  it("is not shown to an OA follower, a citizen with a linked phone, a sensitive account, or without an OA id", async () => {
    signedIn({ followedOA: true, citizen: NO_PHONE });
    vi.stubEnv("VITE_ZALO_OA_ID", "4318123456");
    useSubscriptions.getState().seed([{ code: CODE, following: true }]);
    stubFetch(backend());
    const view = renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    expect(screen.queryByRole("button", { name: FOLLOW_OA_LABEL })).not.toBeInTheDocument();
    view.unmount();

    signedIn({ followedOA: false });
    const withPhone = renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    expect(screen.queryByRole("button", { name: FOLLOW_OA_LABEL })).not.toBeInTheDocument();
    withPhone.unmount();

    signedIn({ followedOA: false, isSensitive: true, citizen: NO_PHONE });
    const sensitive = renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    expect(screen.queryByRole("button", { name: FOLLOW_OA_LABEL })).not.toBeInTheDocument();
    sensitive.unmount();

    vi.stubEnv("VITE_ZALO_OA_ID", "");
    signedIn({ followedOA: false, citizen: NO_PHONE });
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    expect(toggle()).toHaveAttribute("aria-checked", "true");
    expect(screen.queryByRole("button", { name: FOLLOW_OA_LABEL })).not.toBeInTheDocument();
  });
});

describe("what following gives, said truthfully", () => {
  it("tells the follower what they will hear, as the server counts them", async () => {
    signedIn();
    let proven = false;
    stubFetch(
      backend({
        subscription: (_url, init) =>
          jsonResponse({ code: CODE, following: init?.method === "PUT", applicantProven: proven }),
      }),
    );
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    await user.click(toggle());
    expect(await screen.findByText(FOLLOWER_TEXT)).toBeInTheDocument();
    expect(screen.getByText(CHANNELS_TEXT)).toBeInTheDocument();
    expect(screen.queryByText(APPLICANT_TEXT)).not.toBeInTheDocument();
    await user.click(toggle());
    await waitFor(() => expect(toggle()).toHaveAttribute("aria-checked", "false"));
    proven = true;
    await user.click(toggle());
    expect(await screen.findByText(APPLICANT_TEXT)).toBeInTheDocument();
  });

  it("follows with the receipt's token when the page was opened from the QR code", async () => {
    signedIn();
    const fetchMock = stubFetch((url, init) => {
      if (url.pathname.startsWith("/api/public/v1/dossiers/")) {
        return jsonResponse(fullDossier());
      }
      return backend()(url, init);
    });
    const user = userEvent.setup();
    renderAt(`${PATH}&t=k1.receipt-token`);
    await screen.findByRole("heading", { level: 1, name: "Yêu cầu bổ sung giấy tờ" });
    await user.click(toggle());
    await waitFor(() => expect(calls(fetchMock, "PUT")).toHaveLength(1));
    expect(new URL(String(calls(fetchMock, "PUT")[0][0]), "http://x").searchParams.get("t")).toBe("k1.receipt-token");
  });

  it("inside Zalo, asks Zalo to let the OA message the citizen after following, and again if refused", async () => {
    vi.stubEnv("VITE_ZALO_OA_ID", "4318123456");
    insideZalo();
    signedIn({ followedOA: true });
    sdk()
      .interactOA.mockRejectedValueOnce(Object.assign(new Error("denied"), { code: -201 }))
      .mockResolvedValue(undefined);
    stubFetch(backend());
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    await user.click(toggle());
    await waitFor(() => expect(sdk().interactOA).toHaveBeenCalledWith({ oaId: "4318123456" }));
    expect(await screen.findByText(OA_REFUSED_TEXT)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: ALLOW_OA_LABEL }));
    await waitFor(() => expect(screen.queryByText(OA_REFUSED_TEXT)).not.toBeInTheDocument());
    expect(sdk().interactOA).toHaveBeenCalledTimes(2);
  });

  it("in a browser asks nothing of Zalo", async () => {
    vi.stubEnv("VITE_ZALO_OA_ID", "4318123456");
    signedIn();
    stubFetch(backend());
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    await user.click(toggle());
    await waitFor(() => expect(toggle()).toHaveAttribute("aria-checked", "true"));
    expect(sdk().interactOA).not.toHaveBeenCalled();
  });
});
