import { describe, expect, it, vi } from "vitest";
import { jsonResponse, problemResponse } from "../test/http";
import { ApiClient } from "./client";
import {
  createSession,
  fetchMyDossiers,
  fetchNewsChoices,
  fetchSubscriptions,
  linkPhone,
  setNewsChoice,
  setSubscription,
} from "./me";

function client(respond: (url: URL, init: RequestInit) => Response) {
  const fetchMock = vi.fn(async (input: string, init: RequestInit) =>
    respond(new URL(input, "http://localhost"), init),
  );
  const c = new ApiClient({ fetch: fetchMock as unknown as typeof fetch });
  c.setSession({ getToken: () => "s.abc", refresh: async () => null });
  return { client: c, fetchMock };
}

function auth(init: RequestInit): string | undefined {
  return (init.headers as Record<string, string>).Authorization;
}

describe("session endpoints", () => {
  it("signs in without sending a session token, and fills the citizen", async () => {
    const { client: c, fetchMock } = client(() =>
      jsonResponse({ sessionToken: "s.new", expiresAt: "2026-11-21T00:00:00Z", citizen: { name: "An" } }),
    );
    const grant = await createSession("zalo", null, { client: c });
    expect(grant.citizen).toEqual({ name: "An", phoneLinked: false, maskedPhone: null, oaUserId: null });
    expect(auth(fetchMock.mock.calls[0][1])).toBeUndefined();
  });
});

describe("me endpoints", () => {
  it("links the phone with both tokens", async () => {
    const { client: c, fetchMock } = client(() => jsonResponse({ maskedPhone: "09******78", dossierCount: 2 }));
    await expect(linkPhone("phone-t", "access-t", { client: c })).resolves.toEqual({
      maskedPhone: "09******78",
      dossierCount: 2,
    });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe("/api/public/v1/me/phone");
    expect(JSON.parse(String(init.body))).toEqual({ phoneToken: "phone-t", accessToken: "access-t" });
    expect(auth(init)).toBe("Bearer s.abc");
  });

  it("never marks a dossier waiting for documents overdue: its clock is paused", async () => {
    const { client: c } = client(() =>
      jsonResponse({
        phoneLinked: true,
        items: [{ code: "B", statusCode: 5, statusLabel: "Yêu cầu bổ sung giấy tờ", overdue: true }],
      }),
    );
    const result = await fetchMyDossiers({ client: c });
    expect(result.items[0]).toMatchObject({ overdue: false, clockPaused: true });
  });

  it("lists my dossiers, filling flags and skipping broken items", async () => {
    const { client: c, fetchMock } = client(() =>
      jsonResponse({
        phoneLinked: true,
        items: [{ code: "A", statusCode: 4, statusLabel: "Đang xử lý" }, null, { nope: 1 }],
      }),
    );
    const result = await fetchMyDossiers({ client: c });
    expect(result.phoneLinked).toBe(true);
    expect(result.items).toEqual([
      { code: "A", statusCode: 4, statusLabel: "Đang xử lý", overdue: false, clockPaused: false, following: false },
    ]);
    expect(fetchMock.mock.calls[0][0]).toBe("/api/public/v1/me/dossiers");
    expect(auth(fetchMock.mock.calls[0][1])).toBe("Bearer s.abc");
  });

  it("follows with PUT and stops with DELETE, encoding the code", async () => {
    const { client: c, fetchMock } = client((_url, init) =>
      jsonResponse({ code: "HS/1", following: init.method === "PUT" }),
    );
    await expect(setSubscription("HS/1", true, { client: c })).resolves.toEqual({
      code: "HS/1",
      following: true,
      applicantProven: false,
    });
    await expect(setSubscription("HS/1", false, { client: c })).resolves.toEqual({
      code: "HS/1",
      following: false,
      applicantProven: false,
    });
    // with the receipt's token the server knows the follower is the applicant
    await setSubscription("HS/1", true, { client: c, token: "k1.a b" });
    expect(fetchMock.mock.calls.map(([url, init]) => `${init.method} ${url}`)).toEqual([
      "PUT /api/public/v1/me/subscriptions/HS%2F1",
      "DELETE /api/public/v1/me/subscriptions/HS%2F1",
      "PUT /api/public/v1/me/subscriptions/HS%2F1?t=k1.a%20b",
    ]);
  });

  it("reads and sets the news categories received on Zalo", async () => {
    const { client: c, fetchMock } = client((_url, init) =>
      jsonResponse({
        canReceive: true,
        items: [
          { category: "general", label: "Thông báo chung", subscribed: init.method === "PUT" },
          { label: "broken" },
        ],
      }),
    );
    await expect(fetchNewsChoices({ client: c })).resolves.toEqual({
      canReceive: true,
      items: [{ category: "general", label: "Thông báo chung", subscribed: false }],
    });
    await expect(setNewsChoice("general", true, { client: c })).resolves.toMatchObject({
      items: [{ category: "general", subscribed: true }],
    });
    await setNewsChoice("general", false, { client: c });
    expect(fetchMock.mock.calls.map(([url, init]) => `${init.method ?? "GET"} ${url}`)).toEqual([
      "GET /api/public/v1/me/news-subscriptions",
      "PUT /api/public/v1/me/news-subscriptions/general",
      "DELETE /api/public/v1/me/news-subscriptions/general",
    ]);
  });

  it("reads the followed codes, and tolerates a server without the list", async () => {
    const { client: c } = client(() => jsonResponse({ items: [{ code: "A" }, { code: 3 }] }));
    await expect(fetchSubscriptions({ client: c })).resolves.toEqual(["A"]);
    const missing = client(() => problemResponse(404, {}));
    await expect(fetchSubscriptions({ client: missing.client })).resolves.toBeNull();
    const failing = client(() => problemResponse(500, {}));
    await expect(fetchSubscriptions({ client: failing.client })).rejects.toMatchObject({ status: 500 });
  });
});
