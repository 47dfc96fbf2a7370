import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("zmp-sdk/apis", async () => (await import("../test/zmpSdkMock")).browserZmpSdk());

import { browserShell } from "../sdk/zalo";
import { useDossierStore } from "../state/dossier";
import { useLaunchStore } from "../state/launch";
import { useRecentCodes } from "../state/recentCodes";
import { CODE, fullDossier, isoDaysFromNow, publicDossier } from "../test/fixtures";
import { jsonResponse, problemResponse, stubFetch } from "../test/http";
import { currentLocation, renderAt } from "../test/render";
import { INVALID_TOKEN_TEXT } from "./DossierPage";

const PATH = `/dossier?code=${encodeURIComponent(CODE)}`;

beforeEach(() => {
  useRecentCodes.setState({ items: [] });
  useLaunchStore.setState({ launch: null, tokens: {} });
  useDossierStore.getState().reset();
});

describe("DossierPage", () => {
  it("shows a skeleton, then the status in large type with the next step", async () => {
    stubFetch(() => jsonResponse(publicDossier()));
    renderAt(PATH);
    expect(screen.getByRole("status", { name: "Đang tải thông tin hồ sơ" })).toHaveAttribute("aria-busy", "true");

    const status = await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    expect(status).toHaveClass("status-label");
    expect(screen.getByText(CODE)).toBeInTheDocument();
    expect(screen.getByText("Hồ sơ đã được tiếp nhận và chuyển đến phòng chuyên môn xử lý.")).toBeInTheDocument();
    expect(screen.getByText("Ngày hẹn trả kết quả")).toBeInTheDocument();
    expect(screen.getByText(/ngày đến ngày hẹn trả/)).toBeInTheDocument();
    expect(screen.getByText("08:30, Thứ Sáu 20/11/2026")).toBeInTheDocument();
    expect(screen.getByText("Nguyễn V** B")).toBeInTheDocument();
    expect(screen.queryByText(/quá hạn/)).not.toBeInTheDocument();
    expect(screen.queryByText(INVALID_TOKEN_TEXT)).not.toBeInTheDocument();
  });

  it("shows the national label when the system uses a finer one", async () => {
    stubFetch(() => jsonResponse(publicDossier({ status: { code: 4, label: "Chờ ký duyệt", nextStep: null } })));
    renderAt(PATH);
    expect(await screen.findByRole("heading", { level: 1, name: "Chờ ký duyệt" })).toBeInTheDocument();
    expect(screen.getByText("Theo danh mục quốc gia: Đang xử lý")).toBeInTheDocument();
  });

  it("shows the timeline, newest first", async () => {
    stubFetch(() =>
      jsonResponse(
        publicDossier({
          timeline: [
            {
              at: "2026-11-20T08:30:00+07:00",
              statusCode: 2,
              statusLabel: "Được tiếp nhận",
              agency: "Bộ phận Một cửa",
              note: null,
            },
            {
              at: "2026-11-21T09:00:00+07:00",
              statusCode: 4,
              statusLabel: "Đang xử lý",
              agency: "Phòng Tài nguyên và Môi trường",
              note: "Đang thẩm định",
            },
          ],
        }),
      ),
    );
    renderAt(PATH);
    const heading = await screen.findByRole("heading", { name: "Quá trình xử lý" });
    const items = within(heading.closest("section") as HTMLElement).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Đang xử lý");
    expect(items[0]).toHaveTextContent("Phòng Tài nguyên và Môi trường");
    expect(items[0]).toHaveTextContent("Đang thẩm định");
    expect(items[1]).toHaveTextContent("08:30 20/11/2026");
  });

  it("is honest about an overdue dossier and a moved due date", async () => {
    stubFetch(() =>
      jsonResponse(
        publicDossier({
          status: { code: 4, label: "Đang xử lý", nextStep: "Phòng chuyên môn đang thẩm định hồ sơ." },
          dueAt: isoDaysFromNow(-3),
          previousDueAt: isoDaysFromNow(-10),
          overdue: true,
        }),
      ),
    );
    renderAt(PATH);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Hồ sơ đã quá hạn 3 ngày so với ngày hẹn trả.");
    expect(alert).toHaveTextContent("văn bản xin lỗi");
    expect(screen.getByText("Ngày hẹn trước đây")).toBeInTheDocument();
    expect(screen.getByText("Ngày hẹn trả đã được điều chỉnh.")).toBeInTheDocument();
    expect(screen.queryByText(/ngày đến ngày hẹn trả/)).not.toBeInTheDocument();
  });

  it("never says overdue while documents are requested: the clock is paused", async () => {
    stubFetch(() =>
      jsonResponse(
        publicDossier({
          status: {
            code: 5,
            label: "Yêu cầu bổ sung giấy tờ",
            nextStep: "Thời hạn giải quyết tạm dừng cho đến khi bạn bổ sung đủ.",
          },
          dueAt: isoDaysFromNow(-3),
          // even an answer that (wrongly) says overdue is not shown as such
          overdue: true,
          clockPaused: true,
        }),
      ),
    );
    renderAt(PATH);
    expect(await screen.findByText("Thời hạn giải quyết đang tạm dừng")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByText(/quá hạn/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/ngày đến ngày hẹn trả/)).not.toBeInTheDocument();
  });

  it("says when a finished dossier was late", async () => {
    stubFetch(() =>
      jsonResponse(
        publicDossier({
          status: { code: 10, label: "Đã trả kết quả", nextStep: null },
          dueAt: "2026-12-04T17:00:00+07:00",
          finishedAt: "2026-12-08T10:00:00+07:00",
          overdue: true,
        }),
      ),
    );
    renderAt(PATH);
    expect(await screen.findByRole("alert")).toHaveTextContent("Hồ sơ được giải quyết trễ hạn so với ngày hẹn trả.");
    expect(screen.getByText("10:00, Thứ Ba 08/12/2026")).toBeInTheDocument();
  });

  it("calls the handling agency, through a tel: link outside Zalo", async () => {
    stubFetch(() => jsonResponse(publicDossier()));
    const open = vi.spyOn(browserShell, "openUrl").mockImplementation(() => {});
    const user = userEvent.setup();
    renderAt(PATH);
    await user.click(await screen.findByRole("button", { name: "Gọi cơ quan xử lý: 02523 123 456" }));
    await waitFor(() => expect(open).toHaveBeenCalledWith("tel:02523123456"));
  });

  it("has no call button without an agency phone", async () => {
    stubFetch(() => jsonResponse(publicDossier({ agencyPhone: null })));
    renderAt(PATH);
    await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" });
    expect(screen.queryByRole("button", { name: /Gọi cơ quan/ })).not.toBeInTheDocument();
  });

  it("shows the full detail with a valid token", async () => {
    const fetchMock = stubFetch(() => jsonResponse(fullDossier()));
    renderAt(`${PATH}&t=k1.valid`);
    expect(await screen.findByRole("heading", { name: "Thông tin đầy đủ" })).toBeInTheDocument();
    expect(new URL(String(fetchMock.mock.calls[0][0]), "http://x").searchParams.get("t")).toBe("k1.valid");
    expect(screen.getByText("Nguyễn Văn Bình")).toBeInTheDocument();
    expect(screen.getByText("*******678")).toBeInTheDocument();
    expect(screen.getByText("Nhận qua dịch vụ bưu chính")).toBeInTheDocument();
    expect(screen.getByText("Bản sao trích lục bản đồ thửa đất")).toBeInTheDocument();
    expect(screen.getByText("Nộp trong vòng 10 ngày.")).toBeInTheDocument();
    expect(screen.getByText("100.000 đồng")).toBeInTheDocument();
    expect(screen.getByText("350.000 đồng")).toBeInTheDocument();
    expect(screen.getByText("Mang theo bản gốc CCCD khi nhận kết quả.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Xem đầy đủ" })).not.toBeInTheDocument();
    expect(useLaunchStore.getState().tokens[CODE]).toBe("k1.valid");
  });

  it("links the electronic result for the applicant, and never a link that is not http(s)", async () => {
    const ready = fullDossier({ status: { code: 9, label: "Đã xử lý xong", nextStep: "Đã có kết quả điện tử." } });
    stubFetch(() =>
      jsonResponse({
        ...ready,
        detail: {
          ...ready.detail,
          supplements: [],
          results: [
            { name: "Giấy chứng nhận quyền sử dụng đất", url: "https://dvc.example.gov.vn/kq/abc.pdf" },
            { name: "Tệp lạ", url: "javascript:alert(1)" },
          ],
          paidOnline: true,
        },
      }),
    );
    renderAt(`${PATH}&t=k1.valid`);
    const link = await screen.findByRole("link", { name: "Giấy chứng nhận quyền sử dụng đất (bản điện tử)" });
    expect(link).toHaveAttribute("href", "https://dvc.example.gov.vn/kq/abc.pdf");
    expect(screen.getByText("Tệp lạ")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Tệp lạ/ })).not.toBeInTheDocument();
    expect(screen.getByText("Đã thanh toán trực tuyến.")).toBeInTheDocument();
  });

  it("uses a token kept from an earlier visit", async () => {
    useLaunchStore.getState().rememberToken(CODE, "k1.kept");
    const fetchMock = stubFetch(() => jsonResponse(fullDossier()));
    renderAt(PATH);
    await screen.findByRole("heading", { name: "Thông tin đầy đủ" });
    expect(new URL(String(fetchMock.mock.calls[0][0]), "http://x").searchParams.get("t")).toBe("k1.kept");
  });

  it("warns when the link's token is not valid and shows public data only", async () => {
    stubFetch(() => jsonResponse(publicDossier({ tokenValid: false })));
    renderAt(`${PATH}&t=k1.forged`);
    expect(await screen.findByText(INVALID_TOKEN_TEXT)).toBeInTheDocument();
    expect(screen.getByText("Liên kết không hợp lệ, chỉ hiển thị thông tin công khai")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Thông tin đầy đủ" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Xem đầy đủ" })).toBeInTheDocument();
    expect(useLaunchStore.getState().tokens[CODE]).toBeUndefined();
  });

  it("shows an error with Thử lại, and recovers", async () => {
    let calls = 0;
    stubFetch(() => {
      calls += 1;
      return calls === 1
        ? problemResponse(503, { title: "Hệ thống đang bảo trì", detail: "Vui lòng quay lại sau." })
        : jsonResponse(publicDossier());
    });
    const user = userEvent.setup();
    renderAt(PATH);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Hệ thống đang bảo trì");
    expect(alert).toHaveTextContent("Vui lòng quay lại sau.");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Được tiếp nhận" })).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it("explains an unknown code and leads back to typing another", async () => {
    stubFetch(() =>
      problemResponse(404, { title: "Không tìm thấy hồ sơ", detail: "Vui lòng kiểm tra lại mã hồ sơ trên giấy hẹn." }),
    );
    const user = userEvent.setup();
    renderAt(`/dossier?code=HS-0000`);
    expect(await screen.findByRole("heading", { name: "Không tìm thấy hồ sơ" })).toBeInTheDocument();
    expect(screen.getByText("Vui lòng kiểm tra lại mã hồ sơ trên giấy hẹn.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nhập mã hồ sơ khác" }));
    expect(currentLocation()).toBe("/");
  });

  it("says when an old, pre-merger code was resolved to the dossier's current code", async () => {
    const oldCode = "000.00.22.H12-250310-0042";
    const fetchMock = stubFetch(() => jsonResponse(publicDossier({ code: "000.12.00.H36-250310-0042" })));
    renderAt(`/dossier?code=${encodeURIComponent(oldCode)}`);
    expect(await screen.findByText("000.12.00.H36-250310-0042")).toBeInTheDocument();
    expect(screen.getByText(/Bạn tra cứu bằng mã cũ 000\.00\.22\.H12-250310-0042/)).toBeInTheDocument();
    expect(String(fetchMock.mock.calls[0][0])).toContain(`/dossiers/${oldCode}`);
  });

  it("does not call a code old when only its spelling differs", async () => {
    stubFetch(() => jsonResponse(publicDossier({ code: "HS-2026-0042" })));
    renderAt("/dossier?code=hs.2026.0042");
    expect(await screen.findByText("HS-2026-0042")).toBeInTheDocument();
    expect(screen.queryByText(/mã cũ/)).not.toBeInTheDocument();
  });

  it("tells how long to wait when rate limited", async () => {
    stubFetch(() => problemResponse(429, { title: "Bạn tra cứu quá nhiều lần" }, { "Retry-After": "90" }));
    renderAt(PATH);
    expect(await screen.findByText("Vui lòng thử lại sau 2 phút.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
  });

  it("asks for a code when the link has none", async () => {
    const fetchMock = stubFetch(() => undefined);
    const user = userEvent.setup();
    renderAt("/dossier");
    expect(screen.getByText("Chưa có mã hồ sơ hợp lệ")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nhập mã hồ sơ" }));
    expect(currentLocation()).toBe("/");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("unlocks the full detail with the applicant's id number", async () => {
    const fetchMock = stubFetch((url, init) => {
      if (init?.method === "POST") {
        return jsonResponse({ token: "k1.granted" });
      }
      return url.searchParams.get("t") === "k1.granted" ? jsonResponse(fullDossier()) : jsonResponse(publicDossier());
    });
    const user = userEvent.setup();
    renderAt(PATH);
    const field = await screen.findByLabelText("Số CCCD của người nộp hồ sơ");
    await user.type(field, "0010 9001 2345");
    await user.click(screen.getByRole("button", { name: "Xem đầy đủ" }));

    expect(await screen.findByRole("heading", { name: "Thông tin đầy đủ" })).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(String(post?.[0])).toContain(`/api/public/v1/dossiers/${encodeURIComponent(CODE)}/access`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ idNumber: "001090012345" });
    expect(useLaunchStore.getState().tokens[CODE]).toBe("k1.granted");
    expect(currentLocation()).toBe(`/dossier?code=${CODE}&t=k1.granted`);
  });

  it("unlocks with the phone number too, and says when it does not match", async () => {
    const fetchMock = stubFetch((_url, init) =>
      init?.method === "POST" ? problemResponse(403, { title: "Forbidden" }) : jsonResponse(publicDossier()),
    );
    const user = userEvent.setup();
    renderAt(PATH);
    await user.click(await screen.findByRole("button", { name: "Số điện thoại" }));
    expect(screen.getByRole("button", { name: "Số điện thoại" })).toHaveAttribute("aria-pressed", "true");
    await user.type(screen.getByLabelText("Số điện thoại của người nộp hồ sơ"), "+84 912 345 678");
    await user.click(screen.getByRole("button", { name: "Xem đầy đủ" }));
    expect(
      await screen.findByText("Thông tin không khớp với hồ sơ. Vui lòng kiểm tra lại số bạn đã nhập."),
    ).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ phone: "0912345678" });
    expect(useLaunchStore.getState().tokens[CODE]).toBeUndefined();
  });

  it("checks the typed number before posting", async () => {
    const fetchMock = stubFetch(() => jsonResponse(publicDossier()));
    const user = userEvent.setup();
    renderAt(PATH);
    await user.type(await screen.findByLabelText("Số CCCD của người nộp hồ sơ"), "12345");
    await user.click(screen.getByRole("button", { name: "Xem đầy đủ" }));
    expect(screen.getByText("Số CCCD gồm 12 chữ số (CMND cũ gồm 9 chữ số).")).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === "POST")).toBe(false);
  });
});
