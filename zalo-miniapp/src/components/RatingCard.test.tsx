import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("zmp-sdk/apis", async () => (await import("../test/zmpSdkMock")).browserZmpSdk());

import { useDossierStore } from "../state/dossier";
import { useLaunchStore } from "../state/launch";
import { useRecentCodes } from "../state/recentCodes";
import { CODE, fullDossier, publicDossier } from "../test/fixtures";
import { jsonResponse, problemResponse, stubFetch, type Route } from "../test/http";
import { renderAt } from "../test/render";
import { RATING_THANKS, RATING_TITLE } from "./RatingCard";

const PATH = `/dossier?code=${encodeURIComponent(CODE)}`;
const RATING_PATH = `/api/public/v1/dossiers/${CODE}/rating`;
const RETURNED = { code: 10, label: "Đã trả kết quả", nextStep: null };

function rated(level: 1 | 2 | 3, label: string, comment: string | null = null) {
  return {
    code: CODE,
    level,
    label,
    comment,
    channel: "miniapp",
    ratedAt: "2026-11-26T09:00:00+07:00",
    updatedAt: "2026-11-26T09:00:00+07:00",
  };
}

/** Answers GET with a dossier and POST .../rating with `rating`. */
function routes(dossier: ReturnType<typeof publicDossier>, rating: Route = () => undefined): Route {
  return (url, init) => {
    if (init?.method === "POST" && url.pathname === RATING_PATH) {
      return rating(url, init);
    }
    return init?.method === "POST" ? undefined : jsonResponse(dossier);
  };
}

function ratingPosts(fetchMock: ReturnType<typeof stubFetch>) {
  return fetchMock.mock.calls.filter(([input, init]) => init?.method === "POST" && String(input).includes("/rating"));
}

beforeEach(() => {
  useRecentCodes.setState({ items: [] });
  useLaunchStore.setState({ launch: null, tokens: {} });
  useDossierStore.getState().reset();
});

describe("RatingCard on the dossier page", () => {
  it.each([10, 3, 8])("is shown for a closed dossier (status %i) with full access", async (code) => {
    stubFetch(routes(fullDossier({ status: { code, label: "Kết thúc", nextStep: null } })));
    renderAt(`${PATH}&t=k1.valid`);
    expect(await screen.findByRole("heading", { name: RATING_TITLE })).toBeInTheDocument();
    for (const name of ["Rất hài lòng", "Hài lòng", "Không hài lòng"]) {
      expect(screen.getByRole("button", { name })).toHaveAttribute("aria-pressed", "false");
    }
    expect(screen.getByLabelText("Góp ý thêm (không bắt buộc)")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Gửi đánh giá" })).toBeInTheDocument();
    expect(screen.queryByText(/có thể đánh giá sau khi mở hồ sơ/)).not.toBeInTheDocument();
  });

  it("is not shown while the dossier is still open, even with full access", async () => {
    stubFetch(routes(fullDossier({ status: { code: 9, label: "Đã xử lý xong", nextStep: null } })));
    renderAt(`${PATH}&t=k1.valid`);
    await screen.findByRole("heading", { name: "Thông tin đầy đủ" });
    expect(screen.queryByRole("heading", { name: RATING_TITLE })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Rất hài lòng" })).not.toBeInTheDocument();
  });

  it("without full access on a closed dossier explains how to rate and leads to the access form", async () => {
    stubFetch(routes(publicDossier({ status: RETURNED })));
    const user = userEvent.setup();
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Đã trả kết quả" });
    expect(screen.getByText(/có thể đánh giá sau khi mở hồ sơ bằng mã QR trên giấy tiếp nhận/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Rất hài lòng" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Gửi đánh giá" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Xác minh tại mục Xem đầy đủ" }));
    expect(screen.getByLabelText("Số CCCD của người nộp hồ sơ")).toHaveFocus();
  });

  it("shows neither card nor line for an open dossier without full access", async () => {
    stubFetch(routes(publicDossier()));
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    expect(screen.queryByRole("heading", { name: RATING_TITLE })).not.toBeInTheDocument();
  });

  it("posts the token, level, comment and channel, then thanks the citizen", async () => {
    const fetchMock = stubFetch(
      routes(fullDossier({ status: RETURNED }), () =>
        jsonResponse(rated(3, "Rất hài lòng", "Cán bộ hướng dẫn tận tình")),
      ),
    );
    const user = userEvent.setup();
    renderAt(`${PATH}&t=k1.valid`);
    await user.click(await screen.findByRole("button", { name: "Rất hài lòng" }));
    expect(screen.getByRole("button", { name: "Rất hài lòng" })).toHaveAttribute("aria-pressed", "true");
    await user.type(screen.getByLabelText("Góp ý thêm (không bắt buộc)"), "  Cán bộ hướng dẫn tận tình ");
    await user.click(screen.getByRole("button", { name: "Gửi đánh giá" }));

    expect(await screen.findByText(RATING_THANKS)).toBeInTheDocument();
    expect(screen.getByText("Bạn đã chọn: Rất hài lòng.")).toBeInTheDocument();
    expect(screen.getByText("Góp ý: Cán bộ hướng dẫn tận tình")).toBeInTheDocument();
    const posts = ratingPosts(fetchMock);
    expect(posts).toHaveLength(1);
    expect(new URL(String(posts[0][0]), "http://x").pathname).toBe(RATING_PATH);
    expect(new Headers(posts[0][1]?.headers).get("Content-Type")).toContain("application/json");
    expect(JSON.parse(String(posts[0][1]?.body))).toEqual({
      token: "k1.valid",
      level: 3,
      comment: "Cán bộ hướng dẫn tận tình",
      channel: "miniapp",
    });
    expect(screen.queryByRole("button", { name: "Gửi đánh giá" })).not.toBeInTheDocument();

    // Not a dead end: the answer can be changed (the server replaces it).
    await user.click(screen.getByRole("button", { name: "Thay đổi đánh giá" }));
    expect(screen.getByRole("button", { name: "Gửi đánh giá" })).toBeInTheDocument();
  });

  it("sends no comment when none was typed, and asks for a level first", async () => {
    const fetchMock = stubFetch(
      routes(fullDossier({ status: RETURNED }), () => jsonResponse(rated(1, "Không hài lòng"))),
    );
    const user = userEvent.setup();
    renderAt(`${PATH}&t=k1.valid`);
    await user.click(await screen.findByRole("button", { name: "Gửi đánh giá" }));
    expect(screen.getByText("Vui lòng chọn một mức độ hài lòng.")).toBeInTheDocument();
    expect(ratingPosts(fetchMock)).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Không hài lòng" }));
    await user.click(screen.getByRole("button", { name: "Gửi đánh giá" }));
    expect(await screen.findByText(RATING_THANKS)).toBeInTheDocument();
    expect(JSON.parse(String(ratingPosts(fetchMock)[0][1]?.body))).toEqual({
      token: "k1.valid",
      level: 1,
      channel: "miniapp",
    });
  });

  it("shows the 409 problem detail and retries", async () => {
    let calls = 0;
    const fetchMock = stubFetch(
      routes(fullDossier({ status: RETURNED }), () => {
        calls += 1;
        return calls === 1
          ? problemResponse(409, { title: "Hồ sơ chưa kết thúc", detail: "Chỉ đánh giá được hồ sơ đã trả kết quả." })
          : jsonResponse(rated(2, "Hài lòng"));
      }),
    );
    const user = userEvent.setup();
    renderAt(`${PATH}&t=k1.valid`);
    await user.click(await screen.findByRole("button", { name: "Hài lòng" }));
    await user.click(screen.getByRole("button", { name: "Gửi đánh giá" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Hồ sơ chưa kết thúc");
    expect(alert).toHaveTextContent("Chỉ đánh giá được hồ sơ đã trả kết quả.");
    expect(alert).toHaveTextContent("Cập nhật tình trạng");
    // The choice is kept; "Thử lại" sends it again.
    expect(screen.getByRole("button", { name: "Hài lòng" })).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText(RATING_THANKS)).toBeInTheDocument();
    expect(ratingPosts(fetchMock)).toHaveLength(2);
  });

  it("shows the 403 problem detail and says only the applicant may rate", async () => {
    stubFetch(
      routes(fullDossier({ status: RETURNED }), () =>
        problemResponse(403, { title: "Không có quyền đánh giá", detail: "Mã truy cập không hợp lệ hoặc đã hết hạn." }),
      ),
    );
    const user = userEvent.setup();
    renderAt(`${PATH}&t=k1.valid`);
    await user.click(await screen.findByRole("button", { name: "Rất hài lòng" }));
    await user.click(screen.getByRole("button", { name: "Gửi đánh giá" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không có quyền đánh giá");
    expect(alert).toHaveTextContent("Mã truy cập không hợp lệ hoặc đã hết hạn.");
    expect(alert).toHaveTextContent("Chỉ người nộp hồ sơ mới đánh giá được.");
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(RATING_THANKS)).not.toBeInTheDocument());
  });
});
