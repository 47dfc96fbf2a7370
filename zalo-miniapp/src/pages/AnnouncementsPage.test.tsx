import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("zmp-sdk/apis", async () => (await import("../test/zmpSdkMock")).browserZmpSdk());

import { useAnnouncements } from "../state/announcements";
import { jsonResponse, problemResponse, stubFetch } from "../test/http";
import { currentLocation, renderAt } from "../test/render";

beforeEach(() => {
  useAnnouncements.getState().reset();
});

const NEWS = [
  {
    id: "g1",
    title: "Lịch nghỉ Tết Nguyên đán",
    body: "Bộ phận Một cửa nghỉ từ 14/02.",
    publishedAt: "2026-11-20T08:00:00+07:00",
    agencyName: "Trung tâm Phục vụ hành chính công",
    category: "general",
    categoryLabel: "Thông báo chung",
  },
  {
    id: "p1",
    title: "Thủ tục đăng ký khai sinh trực tuyến",
    body: "Nộp hồ sơ qua Cổng dịch vụ công.",
    publishedAt: "2026-11-19T08:00:00+07:00",
    agencyName: "Sở Tư pháp",
    category: "procedures",
    categoryLabel: "Thủ tục hành chính",
  },
  {
    id: "b1",
    title: "Hội nghị đối thoại doanh nghiệp",
    body: "Đăng ký tham dự trước 30/11.",
    publishedAt: "2026-11-18T08:00:00+07:00",
    agencyName: "Sở Kế hoạch và Đầu tư",
    category: "business",
    categoryLabel: "Hỗ trợ đầu tư, doanh nghiệp",
  },
];

/** A backend with categories: ?category= filters the list. */
function categoryBackend() {
  return stubFetch((url) => {
    if (url.pathname !== "/api/public/v1/announcements") {
      return undefined;
    }
    const category = url.searchParams.get("category");
    return jsonResponse({ items: category ? NEWS.filter((item) => item.category === category) : NEWS });
  });
}

function categoriesAsked(fetchMock: ReturnType<typeof stubFetch>): (string | null)[] {
  return fetchMock.mock.calls.map(([input]) => new URL(String(input), "http://localhost").searchParams.get("category"));
}

function card(title: string): HTMLElement {
  return screen.getByRole("heading", { name: title }).closest("li") as HTMLElement;
}

describe("AnnouncementsPage", () => {
  it("lists every announcement with its category tag, agency, date and paragraphs", async () => {
    stubFetch(() =>
      jsonResponse({
        items: [
          {
            id: "n1",
            title: "Lịch nghỉ Tết Nguyên đán",
            body: "Bộ phận Một cửa nghỉ từ 14/02.\n\nHồ sơ trực tuyến vẫn được tiếp nhận.",
            publishedAt: "2026-11-20T08:00:00+07:00",
            agencyName: "Trung tâm Phục vụ hành chính công",
            category: "procedures",
            categoryLabel: "Thủ tục hành chính",
          },
        ],
      }),
    );
    renderAt("/announcements");
    expect(screen.getByRole("status", { name: "Đang tải tin tức" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Lịch nghỉ Tết Nguyên đán" })).toBeInTheDocument();
    expect(within(card("Lịch nghỉ Tết Nguyên đán")).getByText("Thủ tục hành chính")).toHaveClass("announcement__tag");
    expect(screen.getByText("Trung tâm Phục vụ hành chính công · 20/11/2026")).toBeInTheDocument();
    expect(screen.getByText("Bộ phận Một cửa nghỉ từ 14/02.")).toBeInTheDocument();
    expect(screen.getByText("Hồ sơ trực tuyến vẫn được tiếp nhận.")).toBeInTheDocument();
  });

  it("offers the four tabs, Tất cả first and chosen", async () => {
    categoryBackend();
    renderAt("/announcements");
    await screen.findByRole("heading", { name: "Hội nghị đối thoại doanh nghiệp" });
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual([
      "Tất cả",
      "Thông báo chung",
      "Thủ tục hành chính",
      "Doanh nghiệp",
    ]);
    expect(screen.getByRole("tablist", { name: "Chuyên mục" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("Tất cả");
    expect(within(card("Lịch nghỉ Tết Nguyên đán")).getByText("Thông báo chung")).toBeInTheDocument();
    expect(within(card("Thủ tục đăng ký khai sinh trực tuyến")).getByText("Thủ tục hành chính")).toBeInTheDocument();
    expect(
      within(card("Hội nghị đối thoại doanh nghiệp")).getByText("Hỗ trợ đầu tư, doanh nghiệp"),
    ).toBeInTheDocument();
  });

  it("switches tabs, fetching each category once through the store", async () => {
    const fetchMock = categoryBackend();
    const user = userEvent.setup();
    renderAt("/announcements");
    await screen.findByRole("heading", { name: "Lịch nghỉ Tết Nguyên đán" });

    await user.click(screen.getByRole("tab", { name: "Doanh nghiệp" }));
    expect(await screen.findByRole("heading", { name: "Hội nghị đối thoại doanh nghiệp" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Lịch nghỉ Tết Nguyên đán" })).not.toBeInTheDocument();
    expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("Doanh nghiệp");
    expect(
      within(card("Hội nghị đối thoại doanh nghiệp")).getByText("Hỗ trợ đầu tư, doanh nghiệp"),
    ).toBeInTheDocument();
    expect(currentLocation()).toBe("/announcements?chuyenmuc=business");

    await user.click(screen.getByRole("tab", { name: "Thủ tục hành chính" }));
    expect(await screen.findByRole("heading", { name: "Thủ tục đăng ký khai sinh trực tuyến" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Hội nghị đối thoại doanh nghiệp" })).not.toBeInTheDocument();

    // Back to tabs already seen: from the store, no new request.
    await user.click(screen.getByRole("tab", { name: "Doanh nghiệp" }));
    expect(screen.getByRole("heading", { name: "Hội nghị đối thoại doanh nghiệp" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Tất cả" }));
    expect(screen.getByRole("heading", { name: "Lịch nghỉ Tết Nguyên đán" })).toBeInTheDocument();
    expect(currentLocation()).toBe("/announcements");
    expect(categoriesAsked(fetchMock)).toEqual([null, "business", "procedures"]);
  });

  it("chooses a tab with the keyboard too", async () => {
    categoryBackend();
    const user = userEvent.setup();
    renderAt("/announcements");
    await screen.findByRole("heading", { name: "Lịch nghỉ Tết Nguyên đán" });
    screen.getByRole("tab", { name: "Thông báo chung" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("Thông báo chung");
    await waitFor(() =>
      expect(screen.queryByRole("heading", { name: "Hội nghị đối thoại doanh nghiệp" })).not.toBeInTheDocument(),
    );
  });

  it("opens the tab named by ?chuyenmuc= (the bot's link), at the item named by ?id=", async () => {
    const fetchMock = categoryBackend();
    renderAt("/announcements?chuyenmuc=business&id=b1");
    const heading = await screen.findByRole("heading", { name: "Hội nghị đối thoại doanh nghiệp" });
    expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("Doanh nghiệp");
    expect(heading.closest("li")).toHaveClass("announcement--selected");
    expect(categoriesAsked(fetchMock)).toEqual(["business"]);
  });

  it("opens Tất cả for an unknown ?chuyenmuc=", async () => {
    const fetchMock = categoryBackend();
    renderAt("/announcements?chuyenmuc=khong-co");
    await screen.findByRole("heading", { name: "Lịch nghỉ Tết Nguyên đán" });
    expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("Tất cả");
    expect(categoriesAsked(fetchMock)).toEqual([null]);
  });

  it("shows Thông báo chung on items from a backend without categories, whose general tab then holds them all", async () => {
    const fetchMock = stubFetch(() =>
      jsonResponse({ items: NEWS.map(({ category: _category, categoryLabel: _label, ...old }) => old) }),
    );
    const user = userEvent.setup();
    renderAt("/announcements");
    await screen.findByRole("heading", { name: "Hội nghị đối thoại doanh nghiệp" });
    for (const title of ["Lịch nghỉ Tết Nguyên đán", "Hội nghị đối thoại doanh nghiệp"]) {
      expect(within(card(title)).getByText("Thông báo chung")).toHaveClass("announcement__tag");
    }
    await user.click(screen.getByRole("tab", { name: "Thông báo chung" }));
    expect(await screen.findByRole("heading", { name: "Hội nghị đối thoại doanh nghiệp" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Doanh nghiệp" }));
    expect(await screen.findByText("Chưa có thông báo nào về hỗ trợ đầu tư, doanh nghiệp.")).toBeInTheDocument();
    expect(categoriesAsked(fetchMock)).toEqual([null, "general", "business"]);
  });

  it("says when a tab has none, in words for that tab", async () => {
    stubFetch(() => jsonResponse({ items: [] }));
    const user = userEvent.setup();
    renderAt("/announcements");
    expect(await screen.findByText("Chưa có tin tức, thông báo nào.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Thông báo chung" }));
    expect(await screen.findByText("Chưa có thông báo chung nào.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Thủ tục hành chính" }));
    expect(await screen.findByText("Chưa có thông báo nào về thủ tục hành chính.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Doanh nghiệp" }));
    expect(await screen.findByText("Chưa có thông báo nào về hỗ trợ đầu tư, doanh nghiệp.")).toBeInTheDocument();
  });

  it("shows an error with Thử lại, and recovers", async () => {
    let calls = 0;
    stubFetch(() => {
      calls += 1;
      return calls === 1
        ? problemResponse(503, { title: "Hệ thống đang bận", detail: "Vui lòng quay lại sau." })
        : jsonResponse({
            items: [{ id: "n2", title: "Thông báo mới", body: "", publishedAt: null, agencyName: null }],
          });
    });
    const user = userEvent.setup();
    renderAt("/announcements?chuyenmuc=procedures");
    expect(await screen.findByRole("alert")).toHaveTextContent("Hệ thống đang bận");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    // An old backend's answer: nothing in this category.
    expect(await screen.findByText("Chưa có thông báo nào về thủ tục hành chính.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Tất cả" }));
    expect(await screen.findByRole("heading", { name: "Thông báo mới" })).toBeInTheDocument();
  });
});
