import { beforeEach, describe, expect, it } from "vitest";
import { jsonResponse, problemResponse, stubFetch } from "../test/http";
import { toAnnouncementFilter, useAnnouncements } from "./announcements";

function item(id: string, category?: string) {
  return { id, title: `Tin ${id}`, body: "", publishedAt: null, agencyName: null, ...(category ? { category } : {}) };
}

/** Answers like a backend with categories: ?category= filters. */
function categoryBackend() {
  const all = [item("g1", "general"), item("p1", "procedures"), item("b1", "business"), item("b2", "business")];
  return stubFetch((url) => {
    const category = url.searchParams.get("category");
    return jsonResponse({ items: category ? all.filter((one) => one.category === category) : all });
  });
}

function categoriesAsked(fetchMock: ReturnType<typeof stubFetch>): (string | null)[] {
  return fetchMock.mock.calls.map(([input]) => new URL(String(input), "http://localhost").searchParams.get("category"));
}

beforeEach(() => {
  useAnnouncements.getState().reset();
});

describe("announcements store", () => {
  it("keeps one list per category and fetches each once", async () => {
    const fetchMock = categoryBackend();
    const { load } = useAnnouncements.getState();
    await load();
    await load("business");
    await load("business");
    await load("all");
    await Promise.all([load("procedures"), load("procedures")]);

    const { lists } = useAnnouncements.getState();
    expect(lists.all.items.map((one) => one.id)).toEqual(["g1", "p1", "b1", "b2"]);
    expect(lists.business).toMatchObject({ status: "ready", error: null });
    expect(lists.business.items.map((one) => one.id)).toEqual(["b1", "b2"]);
    expect(lists.procedures.items.map((one) => one.id)).toEqual(["p1"]);
    expect(lists.general.status).toBe("idle");
    expect(categoriesAsked(fetchMock)).toEqual([null, "business", "procedures"]);
  });

  it("reloads one category on force and keeps the others", async () => {
    const fetchMock = categoryBackend();
    const { load } = useAnnouncements.getState();
    await load("general");
    await load("business");
    const business = useAnnouncements.getState().lists.business;
    await load("general", true);
    expect(categoriesAsked(fetchMock)).toEqual(["general", "business", "general"]);
    expect(useAnnouncements.getState().lists.business).toBe(business);
  });

  it("keeps an error per category, and Thử lại recovers it", async () => {
    let failing = true;
    stubFetch((url) =>
      failing && url.searchParams.get("category") === "procedures"
        ? problemResponse(503, { title: "Hệ thống đang bận" })
        : jsonResponse({ items: [item("p1", "procedures")] }),
    );
    const { load } = useAnnouncements.getState();
    await load("all");
    await load("procedures");
    expect(useAnnouncements.getState().lists.procedures).toMatchObject({ status: "error", error: { status: 503 } });
    expect(useAnnouncements.getState().lists.all.status).toBe("ready");
    failing = false;
    await load("procedures");
    expect(useAnnouncements.getState().lists.procedures).toMatchObject({ status: "ready", error: null });
  });

  it("drops an answer that arrives after reset", async () => {
    let answer: (response: Response) => void = () => undefined;
    stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const loading = useAnnouncements.getState().load("business");
    expect(useAnnouncements.getState().lists.business.status).toBe("loading");
    useAnnouncements.getState().reset();
    answer(jsonResponse({ items: [item("b1", "business")] }));
    await loading;
    expect(useAnnouncements.getState().lists.business).toMatchObject({ status: "idle", items: [] });
  });

  it("reads a category code from a link as a filter, anything else as all", () => {
    expect(toAnnouncementFilter("business")).toBe("business");
    expect(toAnnouncementFilter(" Procedures ")).toBe("procedures");
    expect(toAnnouncementFilter("tin-moi")).toBe("all");
    expect(toAnnouncementFilter(null)).toBe("all");
  });
});
