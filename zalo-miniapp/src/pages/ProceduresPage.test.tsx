import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

vi.mock("zmp-sdk/apis", async () => (await import("../test/zmpSdkMock")).browserZmpSdk());

import type { Procedure } from "../api/procedures";
import { jsonResponse, problemResponse, stubFetch } from "../test/http";
import { renderAt } from "../test/render";

const LAND: Procedure = {
  code: "1.001612",
  name: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
  field: "Đất đai",
  processingDays: 30,
  fees: "Lệ phí cấp giấy chứng nhận: 100.000 đồng",
  requiredDocuments: ["Đơn đăng ký đất đai (Mẫu số 04a/ĐK)", "Bản sao CCCD"],
};
const BIRTH: Procedure = {
  code: "1.001193",
  name: "Đăng ký khai sinh",
  field: "Hộ tịch",
  processingDays: 1,
  fees: "Miễn lệ phí",
  requiredDocuments: ["Giấy chứng sinh"],
};
const LAND_CHANGE: Procedure = {
  code: "1.004227",
  name: "Đăng ký biến động quyền sử dụng đất",
  field: "Đất đai",
  processingDays: 10,
  fees: null,
  requiredDocuments: [],
};

function names(): string[] {
  const list = screen.getByRole("list", { name: "Danh sách thủ tục" });
  return within(list)
    .getAllByRole("listitem")
    .map((item) => item.querySelector(".procedure__name")?.textContent ?? "");
}

describe("ProceduresPage", () => {
  it("lists the catalogue and filters instantly, ignoring diacritics, then asks the server", async () => {
    const fetchMock = stubFetch((url) => {
      const q = url.searchParams.get("q");
      if (!q) {
        return jsonResponse([LAND, BIRTH]);
      }
      // The server knows more than the first page: it also finds LAND_CHANGE.
      return jsonResponse([LAND, LAND_CHANGE]);
    });
    const user = userEvent.setup();
    renderAt("/procedures");
    await waitFor(() => expect(names()).toEqual([LAND.name, BIRTH.name]));
    expect(String(fetchMock.mock.calls[0][0])).toBe("/api/public/v1/procedures?limit=20");

    await user.type(screen.getByLabelText("Tìm thủ tục"), "DAT DAI");
    // Client-side filter first: no request for the query yet.
    expect(names()).toEqual([LAND.name]);

    await waitFor(() => expect(names()).toEqual([LAND.name, LAND_CHANGE.name]));
    const last = new URL(String(fetchMock.mock.calls.at(-1)?.[0]), "http://x");
    expect(last.searchParams.get("q")).toBe("DAT DAI");
    expect(last.searchParams.get("limit")).toBe("20");
  });

  it("shows the guide of a procedure on demand", async () => {
    stubFetch(() => jsonResponse([LAND]));
    const user = userEvent.setup();
    renderAt("/procedures");
    const toggle = await screen.findByRole("button", { name: /Cấp giấy chứng nhận quyền sử dụng đất lần đầu/ });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("30 ngày")).toBeInTheDocument();
    expect(screen.getByText("Lệ phí cấp giấy chứng nhận: 100.000 đồng")).toBeInTheDocument();
    expect(screen.getByText("Đơn đăng ký đất đai (Mẫu số 04a/ĐK)")).toBeInTheDocument();
  });

  it("says when nothing matches", async () => {
    stubFetch((url) => jsonResponse(url.searchParams.get("q") ? [] : [LAND]));
    const user = userEvent.setup();
    renderAt("/procedures");
    await screen.findByRole("button", { name: /Cấp giấy chứng nhận/ });
    await user.type(screen.getByLabelText("Tìm thủ tục"), "khai sinh");
    expect(await screen.findByText("Không tìm thấy thủ tục phù hợp với “khai sinh”.")).toBeInTheDocument();
  });

  it("shows an error with Thử lại and recovers", async () => {
    let calls = 0;
    stubFetch(() => {
      calls += 1;
      return calls === 1 ? problemResponse(500, {}) : jsonResponse([BIRTH]);
    });
    const user = userEvent.setup();
    renderAt("/procedures");
    expect(await screen.findByRole("heading", { name: "Hệ thống đang bận" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    await waitFor(() => expect(names()).toEqual([BIRTH.name]));
  });
});
