import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, problemResponse } from "../test/http";
import {
  ApiClient,
  ApiError,
  defaultTitle,
  isAbortError,
  parseRetryAfter,
  toApiError,
  type SessionHook,
} from "./client";

function clientWith(fetchImpl: (url: string, init: RequestInit) => Promise<Response>, extra = {}) {
  const fetchMock = vi.fn(fetchImpl);
  const client = new ApiClient({
    baseUrl: "https://api.example.vn/",
    fetch: fetchMock as unknown as typeof fetch,
    ...extra,
  });
  return { client, fetchMock };
}

function headerOf(init: RequestInit | undefined, name: string): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.[name];
}

afterEach(() => {
  vi.useRealTimers();
});

describe("requests", () => {
  it("joins the base URL, drops empty query values and parses JSON", async () => {
    const { client, fetchMock } = clientWith(async () => jsonResponse([{ code: "1.001612" }]));
    const result = await client.get<Array<{ code: string }>>("/api/public/v1/procedures", {
      query: { q: "đất đai", limit: 20, empty: "", none: undefined },
    });
    expect(result).toEqual([{ code: "1.001612" }]);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe("https://api.example.vn/api/public/v1/procedures?q=%C4%91%E1%BA%A5t+%C4%91ai&limit=20");
    expect(init.method).toBe("GET");
    expect(headerOf(init, "Accept")).toContain("application/problem+json");
    expect(headerOf(init, "Authorization")).toBeUndefined();
  });

  it("uses the same origin when no base URL is configured", async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse({ ok: true }));
    const client = new ApiClient({ fetch: fetchMock as unknown as typeof fetch });
    await client.get("/api/x");
    expect(fetchMock.mock.calls[0][0]).toBe("/api/x");
  });

  it("posts JSON bodies", async () => {
    const { client, fetchMock } = clientWith(async () => jsonResponse({ token: "k1.abc" }));
    await expect(client.post("/api/access", { phone: "0912345678" })).resolves.toEqual({ token: "k1.abc" });
    const init = fetchMock.mock.calls[0][1];
    expect(init.method).toBe("POST");
    expect(init.body).toBe('{"phone":"0912345678"}');
    expect(headerOf(init, "Content-Type")).toBe("application/json");
  });

  it("sends a Blob as it is, with its own type unless told otherwise", async () => {
    const { client, fetchMock } = clientWith(async () => jsonResponse({ code: "X" }));
    const photo = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" });
    await client.post("/api/public/v1/qr/decode", photo);
    let init = fetchMock.mock.calls[0][1];
    expect(init.body).toBe(photo);
    expect(headerOf(init, "Content-Type")).toBe("image/png");

    await client.post("/api/public/v1/qr/decode", photo, { contentType: "application/octet-stream" });
    init = fetchMock.mock.calls[1][1];
    expect(headerOf(init, "Content-Type")).toBe("application/octet-stream");

    await client.post("/api/public/v1/qr/decode", new Blob(["?"]));
    expect(headerOf(fetchMock.mock.calls[2][1], "Content-Type")).toBe("application/octet-stream");
  });

  it("returns undefined for 204 No Content", async () => {
    const { client } = clientWith(async () => new Response(null, { status: 204 }));
    await expect(client.post("/api/x", {})).resolves.toBeUndefined();
  });

  it("reports a body that is not JSON", async () => {
    const { client } = clientWith(async () => new Response("<html>", { status: 200 }));
    await expect(client.get("/api/x")).rejects.toMatchObject({
      kind: "invalid-response",
      title: "Phản hồi không hợp lệ",
    });
  });
});

describe("errors", () => {
  it("reads title and detail from application/problem+json", async () => {
    const { client } = clientWith(async () =>
      problemResponse(404, {
        type: "https://motcua.vn/problems/dossier-not-found",
        title: "Không tìm thấy hồ sơ",
        detail: "Không có hồ sơ nào với mã này.",
      }),
    );
    const error = await client.get("/api/public/v1/dossiers/X").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      kind: "http",
      title: "Không tìm thấy hồ sơ",
      detail: "Không có hồ sơ nào với mã này.",
      type: "https://motcua.vn/problems/dossier-not-found",
    });
  });

  it("reads Retry-After on 429", async () => {
    const { client } = clientWith(async () =>
      problemResponse(429, { title: "Quá nhiều yêu cầu" }, { "Retry-After": "30" }),
    );
    await expect(client.get("/api/x")).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 30,
      title: "Quá nhiều yêu cầu",
    });
  });

  it("falls back to a Vietnamese title when the body is not problem+json", async () => {
    const { client } = clientWith(
      async () => new Response("Bad gateway", { status: 502, headers: { "Content-Type": "text/plain" } }),
    );
    await expect(client.get("/api/x")).rejects.toMatchObject({
      status: 502,
      title: "Hệ thống đang bận",
      detail: undefined,
    });
  });

  it("survives a malformed problem body", async () => {
    const { client } = clientWith(
      async () => new Response("{not json", { status: 403, headers: { "Content-Type": "application/problem+json" } }),
    );
    await expect(client.get("/api/x")).rejects.toMatchObject({ status: 403, title: "Không có quyền truy cập" });
  });

  it("turns a network failure into an ApiError with status 0", async () => {
    const { client } = clientWith(async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(client.get("/api/x")).rejects.toMatchObject({
      status: 0,
      kind: "network",
      title: "Không kết nối được máy chủ",
    });
  });

  it("has default titles per status", () => {
    expect(defaultTitle(404)).toBe("Không tìm thấy dữ liệu");
    expect(defaultTitle(503)).toBe("Hệ thống đang bận");
    expect(defaultTitle(418)).toBe("Đã có lỗi xảy ra");
  });

  it("parses Retry-After seconds and dates", () => {
    const now = Date.parse("2026-11-20T08:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter("Fri, 20 Nov 2026 08:01:00 GMT", now)).toBe(60);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("wraps unknown failures", () => {
    const wrapped = toApiError(new Error("boom"));
    expect(wrapped).toBeInstanceOf(ApiError);
    expect(wrapped.title).toBe("Đã có lỗi xảy ra");
    const original = new ApiError({ status: 404, title: "x" });
    expect(toApiError(original)).toBe(original);
  });
});

function hangingFetch(url: string, init: RequestInit): Promise<Response> {
  void url;
  return new Promise((_, reject) => {
    init.signal?.addEventListener("abort", () => {
      const abort = new Error("The operation was aborted");
      abort.name = "AbortError";
      reject(abort);
    });
  });
}

describe("timeouts and aborts", () => {
  it("gives up after the timeout with a timeout ApiError", async () => {
    vi.useFakeTimers();
    const { client } = clientWith(hangingFetch, { timeoutMs: 5000 });
    const result = client.get("/api/slow").catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(4999);
    let settled = false;
    void result.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    const error = await result;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, kind: "timeout", title: "Máy chủ phản hồi quá lâu" });
  });

  it("lets a request override the timeout", async () => {
    vi.useFakeTimers();
    const { client } = clientWith(hangingFetch, { timeoutMs: 60000 });
    const result = client.get("/api/slow", { timeoutMs: 100 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(101);
    expect(await result).toMatchObject({ kind: "timeout" });
  });

  it("rejects with an AbortError when the caller aborts", async () => {
    const { client } = clientWith(hangingFetch);
    const controller = new AbortController();
    const result = client.get("/api/slow", { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    const error = await result;
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(ApiError);
  });
});

describe("session hook", () => {
  function session(
    initial: string | null,
    refreshed: string | null,
  ): SessionHook & { refresh: ReturnType<typeof vi.fn> } {
    let token = initial;
    return {
      getToken: () => token,
      refresh: vi.fn(async () => {
        token = refreshed;
        return refreshed;
      }),
    };
  }

  it("sends the session token as a Bearer header", async () => {
    const { client, fetchMock } = clientWith(async () => jsonResponse({}), { session: session("s1", "s2") });
    await client.get("/api/me", { auth: true });
    expect(headerOf(fetchMock.mock.calls[0][1], "Authorization")).toBe("Bearer s1");
  });

  it("signs in again once on 401 and retries with the new token", async () => {
    const hook = session("expired", "fresh");
    const { client, fetchMock } = clientWith(
      async (_url, init) =>
        headerOf(init, "Authorization") === "Bearer fresh"
          ? jsonResponse({ items: [] })
          : problemResponse(401, { title: "Phiên đăng nhập đã hết hạn" }),
      { session: hook },
    );
    await expect(client.get("/api/me/dossiers", { auth: true })).resolves.toEqual({ items: [] });
    expect(hook.refresh).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(headerOf(fetchMock.mock.calls[1][1], "Authorization")).toBe("Bearer fresh");
  });

  it("retries only once", async () => {
    const hook = session("expired", "still-bad");
    const { client, fetchMock } = clientWith(async () => problemResponse(401, { title: "Chưa đăng nhập" }), {
      session: hook,
    });
    await expect(client.get("/api/me", { auth: true })).rejects.toMatchObject({ status: 401, title: "Chưa đăng nhập" });
    expect(hook.refresh).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("gives up when re-sign-in is not possible", async () => {
    const hook = session(null, null);
    const { client, fetchMock } = clientWith(async () => problemResponse(401, {}), { session: hook });
    await expect(client.get("/api/me", { auth: true })).rejects.toMatchObject({
      status: 401,
      title: "Phiên đăng nhập đã hết hạn",
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("does not call the hook for other errors, and not at all without a session", async () => {
    const hook = session("s1", "s2");
    const { client } = clientWith(async () => problemResponse(403, { title: "Không khớp" }), { session: hook });
    await expect(client.get("/api/x", { auth: true })).rejects.toMatchObject({ status: 403 });
    expect(hook.refresh).not.toHaveBeenCalled();

    const bare = clientWith(async () => problemResponse(401, {}));
    await expect(bare.client.get("/api/x", { auth: true })).rejects.toMatchObject({ status: 401 });
    expect(bare.fetchMock).toHaveBeenCalledTimes(1);
  });

  it("sends no token on public calls, and a public 401 does not touch the session", async () => {
    const hook = session("s1", "s2");
    const { client, fetchMock } = clientWith(async () => problemResponse(401, {}), { session: hook });
    await expect(client.get("/api/public/v1/dossiers/X")).rejects.toMatchObject({ status: 401 });
    expect(headerOf(fetchMock.mock.calls[0][1], "Authorization")).toBeUndefined();
    expect(hook.refresh).not.toHaveBeenCalled();
  });

  it("puts and deletes with the session", async () => {
    const { client, fetchMock } = clientWith(async () => jsonResponse({ code: "A", following: true }), {
      session: session("s1", null),
    });
    await expect(client.put("/api/me/subscriptions/A", undefined, { auth: true })).resolves.toEqual({
      code: "A",
      following: true,
    });
    await client.delete("/api/me/subscriptions/A", { auth: true });
    expect(fetchMock.mock.calls.map(([, init]) => init.method)).toEqual(["PUT", "DELETE"]);
    expect(fetchMock.mock.calls[0][1].body).toBeUndefined();
    expect(headerOf(fetchMock.mock.calls[1][1], "Authorization")).toBe("Bearer s1");
  });

  it("can be plugged in later", async () => {
    const { client, fetchMock } = clientWith(async () => jsonResponse({}));
    client.setSession(session("later", null));
    await client.get("/api/x", { auth: true });
    expect(headerOf(fetchMock.mock.calls[0][1], "Authorization")).toBe("Bearer later");
  });
});
