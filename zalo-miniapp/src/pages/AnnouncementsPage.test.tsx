import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("zmp-sdk/apis", async () => (await import("../test/zmpSdkMock")).browserZmpSdk());

import { useAnnouncements } from "../state/announcements";
import { jsonResponse, problemResponse, stubFetch } from "../test/http";
import { renderAt } from "../test/render";

beforeEach(() => {
  useAnnouncements.setState({ status: "idle", items: [], error: null });
});

describe("AnnouncementsPage", () => {
  it("lists every announcement with its agency, date and paragraphs", async () => {
    stubFetch(() =>
      jsonResponse({
        items: [
          {
            id: "n1",
            title: "Lịch nghỉ Tết Nguyên đán",
            body: "Bộ phận Một cửa nghỉ từ 14/02.\n\nHồ sơ trực tuyến vẫn được tiếp nhận.",
            publishedAt: "2026-11-20T08:00:00+07:00",
            agencyName: "Trung tâm Phục vụ hành chính công",
          },
        ],
      }),
    );
    renderAt("/announcements");
    expect(screen.getByRole("status", { name: "Đang tải tin tức" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Lịch nghỉ Tết Nguyên đán" })).toBeInTheDocument();
    expect(screen.getByText("Trung tâm Phục vụ hành chính công · 20/11/2026")).toBeInTheDocument();
    expect(screen.getByText("Bộ phận Một cửa nghỉ từ 14/02.")).toBeInTheDocument();
    expect(screen.getByText("Hồ sơ trực tuyến vẫn được tiếp nhận.")).toBeInTheDocument();
  });

  it("says when there is none", async () => {
    stubFetch(() => jsonResponse({ items: [] }));
    renderAt("/announcements");
    expect(await screen.findByText("Chưa có tin tức, thông báo nào.")).toBeInTheDocument();
  });

  it("shows an error with Thử lại, and recovers", async () => {
    let calls = 0;
    stubFetch(() => {
      calls += 1;
      return calls === 1
        ? problemResponse(503, { title: "Hệ thống đang bận", detail: "Vui lòng quay lại sau." })
        : jsonResponse({ items: [{ id: "n2", title: "Thông báo mới", body: "", publishedAt: null, agencyName: null }] });
    });
    const user = userEvent.setup();
    renderAt("/announcements");
    expect(await screen.findByRole("alert")).toHaveTextContent("Hệ thống đang bận");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("heading", { name: "Thông báo mới" })).toBeInTheDocument();
  });
});
