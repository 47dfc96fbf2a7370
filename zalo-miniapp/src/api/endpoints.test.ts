import { describe, expect, it, vi } from "vitest";
import { CODE, fullDossier, publicDossier } from "../test/fixtures";
import { jsonResponse, problemResponse } from "../test/http";
import { ApiClient } from "./client";
import { fetchDossier, isRatable, rateDossier, requestDossierAccess, type Dossier } from "./dossiers";
import { searchProcedures } from "./procedures";

function client(respond: (url: URL, init: RequestInit) => Response) {
  const fetchMock = vi.fn(async (input: string, init: RequestInit) =>
    respond(new URL(input, "http://localhost"), init),
  );
  return { client: new ApiClient({ fetch: fetchMock as unknown as typeof fetch }), fetchMock };
}

describe("fetchDossier", () => {
  it("requests the public endpoint with the code in the path and the token as t", async () => {
    const { client: c, fetchMock } = client(() => jsonResponse(fullDossier()));
    const dossier = await fetchDossier(CODE, "k1.abc", { client: c });
    const url = new URL(fetchMock.mock.calls[0][0], "http://localhost");
    expect(url.pathname).toBe(`/api/public/v1/dossiers/${CODE}`);
    expect(url.searchParams.get("t")).toBe("k1.abc");
    expect(dossier.access).toBe("full");
    expect(dossier.detail?.fees).toHaveLength(2);
  });

  it("sends no t without a token and encodes unusual codes", async () => {
    const { client: c, fetchMock } = client(() => jsonResponse(publicDossier()));
    await fetchDossier("HS/2026 01", null, { client: c });
    expect(fetchMock.mock.calls[0][0]).toBe("/api/public/v1/dossiers/HS%2F2026%2001");
  });

  it("fills missing lists so pages can iterate safely", async () => {
    const sparse = { ...publicDossier(), timeline: undefined, overdue: undefined } as unknown as Dossier;
    const withDetail = {
      ...fullDossier(),
      detail: { applicantName: "A", phone: null, resultDelivery: null },
    } as unknown as Dossier;
    const { client: c1 } = client(() => jsonResponse(sparse));
    const first = await fetchDossier(CODE, null, { client: c1 });
    expect(first.timeline).toEqual([]);
    expect(first.overdue).toBe(false);
    const { client: c2 } = client(() => jsonResponse(withDetail));
    const second = await fetchDossier(CODE, "t", { client: c2 });
    expect(second.detail).toMatchObject({ supplements: [], fees: [], notes: [] });
  });

  it("surfaces the 404 problem", async () => {
    const { client: c } = client(() =>
      problemResponse(404, { title: "Không tìm thấy hồ sơ", detail: "Kiểm tra lại mã." }),
    );
    await expect(fetchDossier("X-1", null, { client: c })).rejects.toMatchObject({
      status: 404,
      title: "Không tìm thấy hồ sơ",
    });
  });
});

describe("requestDossierAccess", () => {
  it("posts the proof and returns the token", async () => {
    const { client: c, fetchMock } = client(() => jsonResponse({ token: "k1.new" }));
    await expect(requestDossierAccess(CODE, { idNumber: "001090012345" }, { client: c })).resolves.toBe("k1.new");
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(`/api/public/v1/dossiers/${CODE}/access`);
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual({ idNumber: "001090012345" });
  });

  it("rejects a 403 as an ApiError", async () => {
    const { client: c } = client(() => problemResponse(403, { title: "Thông tin không khớp" }));
    await expect(requestDossierAccess(CODE, { phone: "0912345678" }, { client: c })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("rejects an answer without a token", async () => {
    const { client: c } = client(() => jsonResponse({}));
    await expect(requestDossierAccess(CODE, { phone: "0912345678" }, { client: c })).rejects.toMatchObject({
      kind: "invalid-response",
    });
  });
});

describe("searchProcedures", () => {
  it("sends q and limit, and omits an empty q", async () => {
    const { client: c, fetchMock } = client(() =>
      jsonResponse([
        { code: "1.001612", name: "Cấp giấy chứng nhận", field: "Đất đai", processingDays: 30, fees: "100.000 đồng" },
      ]),
    );
    const list = await searchProcedures("dat dai", { client: c });
    expect(fetchMock.mock.calls[0][0]).toBe("/api/public/v1/procedures?q=dat+dai&limit=20");
    expect(list[0].requiredDocuments).toEqual([]);
    await searchProcedures("   ", { client: c, limit: 5 });
    expect(fetchMock.mock.calls[1][0]).toBe("/api/public/v1/procedures?limit=5");
  });
});

describe("rateDossier", () => {
  it("posts token, level, trimmed comment and channel to .../rating and returns the stored rating", async () => {
    const stored = {
      code: CODE,
      level: 2,
      label: "Hài lòng",
      comment: "Tốt",
      channel: "miniapp",
      ratedAt: "x",
      updatedAt: "x",
    };
    const { client: c, fetchMock } = client(() => jsonResponse(stored));
    const rating = await rateDossier(CODE, { token: "k1.abc", level: 2, comment: "  Tốt " }, { client: c });
    expect(rating).toEqual(stored);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(`/api/public/v1/dossiers/${encodeURIComponent(CODE)}/rating`);
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual({ token: "k1.abc", level: 2, comment: "Tốt", channel: "miniapp" });
  });

  it("leaves out an empty comment and raises the server's problem", async () => {
    const { client: c, fetchMock } = client(() => problemResponse(409, { title: "Hồ sơ chưa kết thúc" }));
    await expect(rateDossier(CODE, { token: "k1.abc", level: 3, comment: "   " }, { client: c })).rejects.toMatchObject(
      {
        status: 409,
        title: "Hồ sơ chưa kết thúc",
      },
    );
    expect(JSON.parse(String(fetchMock.mock.calls[0][1].body))).toEqual({
      token: "k1.abc",
      level: 3,
      channel: "miniapp",
    });
  });

  it("accepts ratings for national statuses 3, 8 and 10 only", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter(isRatable)).toEqual([3, 8, 10]);
  });
});
