import { describe, expect, it, vi } from "vitest";
import { jsonResponse, problemResponse } from "../test/http";
import { ApiClient } from "./client";
import { ANNOUNCEMENT_CATEGORY_LABELS, fetchAnnouncements, isAnnouncementCategory } from "./announcements";

function client(respond: (url: URL) => Response) {
  const fetchMock = vi.fn(async (input: string) => respond(new URL(input, "http://localhost")));
  return { client: new ApiClient({ fetch: fetchMock as unknown as typeof fetch }), fetchMock };
}

function requested(fetchMock: ReturnType<typeof vi.fn>, call = 0): URL {
  return new URL(String(fetchMock.mock.calls[call][0]), "http://localhost");
}

const ITEM = {
  id: 7,
  title: "Hỗ trợ doanh nghiệp khởi nghiệp",
  body: "Nội dung",
  publishedAt: "2026-11-20T08:00:00+07:00",
  agencyName: "Sở Kế hoạch và Đầu tư",
};

describe("fetchAnnouncements", () => {
  it("asks for 20 without the session token and normalises the items", async () => {
    const fetchMock = vi.fn(async (_input: string, _init: RequestInit) =>
      jsonResponse({
        items: [{ id: 7, title: "Lịch nghỉ Tết", body: null, publishedAt: "2026-11-20T08:00:00+07:00" }, { id: "x" }],
      }),
    );
    const c = new ApiClient({ fetch: fetchMock as unknown as typeof fetch });
    c.setSession({ getToken: () => "s.abc", refresh: async () => null });
    const items = await fetchAnnouncements({ client: c });
    expect(fetchMock.mock.calls[0][0]).toBe("/api/public/v1/announcements?limit=20");
    expect((fetchMock.mock.calls[0][1].headers as Record<string, string>).Authorization).toBeUndefined();
    expect(items).toEqual([
      {
        id: "7",
        title: "Lịch nghỉ Tết",
        body: "",
        publishedAt: "2026-11-20T08:00:00+07:00",
        agencyName: null,
        category: "general",
        categoryLabel: "Thông báo chung",
      },
    ]);
  });

  it("passes the category and keeps the category fields of the answer", async () => {
    const { client: c, fetchMock } = client(() =>
      jsonResponse({ items: [{ ...ITEM, category: "business", categoryLabel: "Hỗ trợ đầu tư, doanh nghiệp" }] }),
    );
    const items = await fetchAnnouncements({ category: "business", client: c });
    expect(requested(fetchMock).searchParams.get("category")).toBe("business");
    expect(requested(fetchMock).searchParams.get("limit")).toBe("20");
    expect(items).toEqual([
      {
        id: "7",
        title: ITEM.title,
        body: "Nội dung",
        publishedAt: ITEM.publishedAt,
        agencyName: ITEM.agencyName,
        category: "business",
        categoryLabel: "Hỗ trợ đầu tư, doanh nghiệp",
      },
    ]);
  });

  it("reads an item without category fields (a backend from before categories) as a general notice", async () => {
    const { client: c } = client(() =>
      jsonResponse({ items: [ITEM, { ...ITEM, id: 8, category: null, categoryLabel: "" }] }),
    );
    const items = await fetchAnnouncements({ client: c });
    expect(items.map((item) => [item.category, item.categoryLabel])).toEqual([
      ["general", "Thông báo chung"],
      ["general", "Thông báo chung"],
    ]);
  });

  it("labels a known code sent without its label, and keeps a newer server's category with its own label", async () => {
    const { client: c } = client(() =>
      jsonResponse({
        items: [
          { ...ITEM, id: 1, category: "procedures" },
          { ...ITEM, id: 2, category: "health", categoryLabel: "Y tế" },
          { ...ITEM, id: 3, category: "health" },
        ],
      }),
    );
    const items = await fetchAnnouncements({ client: c });
    expect(items.map((item) => [item.id, item.category, item.categoryLabel])).toEqual([
      ["1", "procedures", "Thủ tục hành chính"],
      ["2", "health", "Y tế"],
      ["3", "general", "Thông báo chung"],
    ]);
  });

  it("keeps only the asked category when an older backend ignores the parameter", async () => {
    const answer = () => jsonResponse({ items: [ITEM, { ...ITEM, id: 9, category: "business" }] });
    const { client: general } = client(answer);
    expect((await fetchAnnouncements({ category: "general", client: general })).map((item) => item.id)).toEqual(["7"]);
    const { client: procedures } = client(answer);
    expect(await fetchAnnouncements({ category: "procedures", client: procedures })).toEqual([]);
  });

  it("surfaces the server's problem (400 for an unknown category)", async () => {
    const { client: c } = client(() =>
      problemResponse(400, {
        title: "Yêu cầu không hợp lệ",
        detail: "category must be one of general, procedures, business",
      }),
    );
    await expect(fetchAnnouncements({ category: "general", client: c })).rejects.toMatchObject({
      status: 400,
      title: "Yêu cầu không hợp lệ",
    });
  });

  it("knows exactly the three codes of the contract", () => {
    expect(Object.keys(ANNOUNCEMENT_CATEGORY_LABELS)).toEqual(["general", "procedures", "business"]);
    expect(isAnnouncementCategory("business")).toBe(true);
    expect(isAnnouncementCategory("Business")).toBe(false);
    expect(isAnnouncementCategory(undefined)).toBe(false);
  });
});
