import { beforeEach, describe, expect, it, vi } from "vitest";

const zmp = vi.hoisted(() => ({ current: null as null | Record<string, ReturnType<typeof vi.fn>> }));
vi.mock("zmp-sdk/apis", async () => {
  const sdk = (await import("../test/zmpSdkMock")).browserZmpSdk();
  zmp.current = sdk as unknown as Record<string, ReturnType<typeof vi.fn>>;
  return sdk;
});

import { ApiError } from "../api/client";
import { fetchMyDossiers } from "../api/me";
import { SdkError } from "../sdk/zalo";
import { jsonResponse, problemResponse, stubFetch } from "../test/http";
import { grant, inHours, insideZalo, resetSession, signedIn } from "../test/session";
import {
  currentSession,
  EXPIRY_MARGIN_MS,
  SESSION_KEY,
  signInErrorMessage,
  useSessionStore,
  validSession,
} from "./session";
import { useSubscriptions } from "./subscriptions";

function sdk() {
  return zmp.current as Record<string, ReturnType<typeof vi.fn>>;
}

function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(String(init?.body));
}

beforeEach(() => {
  resetSession();
  sdk()
    .getAccessToken.mockReset()
    .mockRejectedValue(Object.assign(new Error("not in Zalo"), { code: -1 }));
  sdk()
    .getUserInfo.mockReset()
    .mockRejectedValue(Object.assign(new Error("not in Zalo"), { code: -1 }));
});

describe("signing in with Zalo", () => {
  it("posts the access token and the OA-scoped id, and keeps the session on the device", async () => {
    insideZalo();
    sdk().getAccessToken.mockResolvedValue("zalo-access");
    sdk().getUserInfo.mockResolvedValue({
      userInfo: { id: "u1", name: "", avatar: "", idByOA: "oa-77", followedOA: true },
    });
    const fetchMock = stubFetch((url, init) =>
      url.pathname === "/api/public/v1/session" && init?.method === "POST"
        ? jsonResponse(grant({ oaUserId: "oa-77" }))
        : undefined,
    );
    const session = await useSessionStore.getState().signIn();
    expect(bodyOf(fetchMock.mock.calls[0][1])).toEqual({ accessToken: "zalo-access", oaUserId: "oa-77" });
    expect(session).toMatchObject({
      token: "s.abc",
      sandbox: false,
      followedOA: true,
      citizen: { maskedPhone: "09******78" },
    });
    expect(currentSession()?.token).toBe("s.abc");
    expect(JSON.parse(window.localStorage.getItem(SESSION_KEY) ?? "{}").state.session.token).toBe("s.abc");
  });

  it("omits oaUserId when Zalo does not give one", async () => {
    insideZalo();
    sdk().getAccessToken.mockResolvedValue("zalo-access");
    const fetchMock = stubFetch(() => jsonResponse(grant()));
    await useSessionStore.getState().signIn();
    expect(bodyOf(fetchMock.mock.calls[0][1])).toEqual({ accessToken: "zalo-access" });
  });

  it("shares one sign-in between simultaneous callers and reuses a valid session", async () => {
    insideZalo();
    sdk().getAccessToken.mockResolvedValue("zalo-access");
    const fetchMock = stubFetch(() => jsonResponse(grant()));
    const [a, b] = await Promise.all([
      useSessionStore.getState().ensureSession(),
      useSessionStore.getState().ensureSession(),
    ]);
    expect(a).toBe(b);
    await useSessionStore.getState().ensureSession();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("never calls Zalo outside Zalo: 'unsupported', and no request", async () => {
    const fetchMock = stubFetch(() => undefined);
    await expect(useSessionStore.getState().ensureSession()).rejects.toMatchObject({ kind: "unsupported" });
    expect(sdk().getAccessToken).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("reports a refused access token as 'cancelled' and the server's 401/503", async () => {
    insideZalo();
    sdk().getAccessToken.mockRejectedValue(Object.assign(new Error("denied"), { code: -201 }));
    await expect(useSessionStore.getState().signIn()).rejects.toMatchObject({ kind: "cancelled" });

    sdk().getAccessToken.mockResolvedValue("zalo-access");
    stubFetch(() => problemResponse(401, { title: "Unauthorized" }));
    await expect(useSessionStore.getState().signIn()).rejects.toMatchObject({ status: 401 });
    expect(currentSession()).toBeNull();
  });
});

describe("sandbox sign-in", () => {
  it("posts {} to the sandbox endpoint", async () => {
    const fetchMock = stubFetch((url) =>
      url.pathname === "/api/public/v1/session/sandbox" ? jsonResponse(grant()) : undefined,
    );
    const session = await useSessionStore.getState().signInSandbox();
    expect(bodyOf(fetchMock.mock.calls[0][1])).toEqual({});
    expect(session.sandbox).toBe(true);
    expect(session.citizen.phoneLinked).toBe(true);
  });

  it("rejects an answer without a session token", async () => {
    stubFetch(() => jsonResponse({ citizen: {} }));
    await expect(useSessionStore.getState().signInSandbox()).rejects.toMatchObject({ kind: "invalid-response" });
  });
});

describe("expiry and persistence", () => {
  it("treats a session as expired a minute before its time", () => {
    const now = Date.parse("2026-11-20T08:00:00Z");
    const session = signedIn({ expiresAt: new Date(now + EXPIRY_MARGIN_MS + 1000).toISOString() });
    expect(validSession(session, now)).toBe(session);
    expect(validSession(session, now + 2000)).toBeNull();
    expect(validSession({ ...session, expiresAt: "garbage" }, now)).toBeNull();
  });

  it("reloads a valid session and drops an expired one", async () => {
    signedIn();
    const saved = window.localStorage.getItem(SESSION_KEY) ?? "";
    useSessionStore.setState({ session: null });
    window.localStorage.setItem(SESSION_KEY, saved);
    await useSessionStore.persist.rehydrate();
    expect(currentSession()?.token).toBe("s.abc");

    signedIn({ expiresAt: inHours(-1) });
    const expired = window.localStorage.getItem(SESSION_KEY) ?? "";
    useSessionStore.setState({ session: null });
    window.localStorage.setItem(SESSION_KEY, expired);
    await useSessionStore.persist.rehydrate();
    expect(useSessionStore.getState().session).toBeNull();
  });

  it("an expired session is not sent, and signing in again replaces it", async () => {
    insideZalo();
    signedIn({ expiresAt: inHours(-1), token: "old" });
    sdk().getAccessToken.mockResolvedValue("zalo-access");
    stubFetch(() => jsonResponse(grant({}, "new")));
    expect(currentSession()).toBeNull();
    await expect(useSessionStore.getState().ensureSession()).resolves.toMatchObject({ token: "new" });
  });
});

describe("authenticated calls", () => {
  it("send the Bearer token, and a 401 clears the session and the followed codes", async () => {
    signedIn();
    useSubscriptions.getState().seed([{ code: "A", following: true }]);
    const fetchMock = stubFetch(() => problemResponse(401, { title: "Phiên đăng nhập đã hết hạn" }));
    await expect(fetchMyDossiers()).rejects.toMatchObject({ status: 401 });
    expect(new Headers(fetchMock.mock.calls[0][1]?.headers).get("Authorization")).toBe("Bearer s.abc");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(useSessionStore.getState().session).toBeNull();
    expect(useSubscriptions.getState().following).toEqual({});
  });
});

describe("signInErrorMessage", () => {
  it("explains each failure in Vietnamese", () => {
    expect(signInErrorMessage(new SdkError("cancelled", "x", -201))).toContain("Bạn chưa đồng ý đăng nhập");
    expect(signInErrorMessage(new SdkError("unsupported", "x", -1404))).toContain("Đăng nhập bằng Zalo chưa dùng được");
    expect(signInErrorMessage(new ApiError({ status: 404, title: "Not Found" }), true)).toContain(
      "chưa bật môi trường thử nghiệm",
    );
    expect(signInErrorMessage(new ApiError({ status: 401, title: "x" }))).toContain(
      "Chưa xác thực được tài khoản Zalo",
    );
    expect(signInErrorMessage(new ApiError({ status: 503, title: "x" }))).toContain("Chưa kết nối được với Zalo");
    expect(
      signInErrorMessage(new ApiError({ status: 429, title: "Bạn thao tác quá nhanh", detail: "Chờ chút." })),
    ).toBe("Bạn thao tác quá nhanh. Chờ chút.");
    expect(signInErrorMessage(new Error("boom"))).toBe("Đã có lỗi xảy ra. Vui lòng thử lại.");
  });
});
