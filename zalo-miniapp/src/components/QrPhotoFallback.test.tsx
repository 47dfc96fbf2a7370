import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { CODE } from "../test/fixtures";
import { jsonResponse, problemResponse, stubFetch } from "../test/http";
import { QrPhotoFallback, type QrPhotoFallbackHandle } from "./QrPhotoFallback";

const INTRO = "Thiết bị này không mở được máy quét mã QR của Zalo.";

function input(name: "qr-photo-camera" | "qr-photo-library"): HTMLInputElement {
  const element = document.querySelector<HTMLInputElement>(`input[type="file"][name="${name}"]`);
  if (!element) {
    throw new Error(`${name} is not rendered`);
  }
  return element;
}

function png(name = "giay-hen.png"): File {
  return new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], name, { type: "image/png" });
}

describe("QrPhotoFallback", () => {
  it("offers the rear camera and the gallery, as image pickers", () => {
    render(<QrPhotoFallback intro={INTRO} onDecoded={() => {}} />);
    expect(screen.getByText(INTRO)).toBeInTheDocument();
    const camera = input("qr-photo-camera");
    expect(camera).toHaveAttribute("accept", "image/*");
    expect(camera).toHaveAttribute("capture", "environment");
    const library = input("qr-photo-library");
    expect(library).toHaveAttribute("accept", "image/*");
    expect(library).not.toHaveAttribute("capture");
  });

  it("opens the matching picker from each button", async () => {
    render(<QrPhotoFallback intro={INTRO} onDecoded={() => {}} />);
    const cameraClick = vi.spyOn(input("qr-photo-camera"), "click");
    const libraryClick = vi.spyOn(input("qr-photo-library"), "click");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Chụp ảnh mã QR" }));
    expect(cameraClick).toHaveBeenCalledTimes(1);
    expect(libraryClick).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Chọn ảnh có sẵn" }));
    expect(libraryClick).toHaveBeenCalledTimes(1);
  });

  it("reports the dossier the server found, from either picker", async () => {
    const fetchMock = stubFetch((url, init) =>
      url.pathname === "/api/public/v1/qr/decode" && init?.method === "POST"
        ? jsonResponse({ code: CODE, token: "k1.qr" })
        : undefined,
    );
    const onDecoded = vi.fn();
    const user = userEvent.setup();
    render(<QrPhotoFallback intro={INTRO} onDecoded={onDecoded} />);
    await user.upload(input("qr-photo-camera"), png());
    await waitFor(() => expect(onDecoded).toHaveBeenCalledWith({ code: CODE, token: "k1.qr" }));
    await user.upload(input("qr-photo-library"), png("thu-vien.png"));
    await waitFor(() => expect(onDecoded).toHaveBeenCalledTimes(2));
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("shows that it is reading the photo and blocks a second upload meanwhile", async () => {
    let answer: (response: Response) => void = () => {};
    stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const onDecoded = vi.fn();
    const user = userEvent.setup();
    render(<QrPhotoFallback intro={INTRO} onDecoded={onDecoded} />);
    await user.upload(input("qr-photo-camera"), png());
    expect(await screen.findByText("Đang đọc mã QR trong ảnh…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chụp ảnh mã QR" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Chọn ảnh có sẵn" })).toBeDisabled();
    await act(async () => answer(jsonResponse({ code: CODE, token: null })));
    await waitFor(() => expect(onDecoded).toHaveBeenCalledWith({ code: CODE, token: null }));
    expect(screen.queryByText("Đang đọc mã QR trong ảnh…")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chụp ảnh mã QR" })).toBeEnabled();
  });

  it("shows the server's problem on 422 and lets the citizen try again", async () => {
    let calls = 0;
    stubFetch(() => {
      calls += 1;
      return calls === 1
        ? problemResponse(422, {
            title: "Không đọc được mã QR",
            detail:
              "Không tìm thấy mã QR trong ảnh. Hãy chụp lại gần hơn, đủ sáng, hoặc nhập mã hồ sơ in trên giấy tiếp nhận.",
          })
        : jsonResponse({ code: CODE, token: "k1.again" });
    });
    const onDecoded = vi.fn();
    const user = userEvent.setup();
    render(<QrPhotoFallback intro={INTRO} onDecoded={onDecoded} />);
    await user.upload(input("qr-photo-camera"), png("mo.png"));
    expect(await screen.findByText("Không đọc được mã QR")).toBeInTheDocument();
    expect(screen.getByText(/Hãy chụp lại gần hơn, đủ sáng/)).toBeInTheDocument();
    expect(screen.getByText(/nhập mã hồ sơ vào ô phía trên/)).toBeInTheDocument();
    expect(onDecoded).not.toHaveBeenCalled();

    // The input was cleared: picking a photo again (even the same one) uploads again.
    expect(input("qr-photo-camera").value).toBe("");
    await user.upload(input("qr-photo-camera"), png("ro.png"));
    await waitFor(() => expect(onDecoded).toHaveBeenCalledWith({ code: CODE, token: "k1.again" }));
    expect(screen.queryByText("Không đọc được mã QR")).not.toBeInTheDocument();
  });

  it("shows the server's problem on 415", async () => {
    stubFetch(() =>
      problemResponse(415, {
        title: "Ảnh không hợp lệ",
        detail: "Không đọc được tệp ảnh này. Vui lòng gửi ảnh JPEG hoặc PNG.",
      }),
    );
    const user = userEvent.setup();
    render(<QrPhotoFallback intro={INTRO} onDecoded={() => {}} />);
    await user.upload(input("qr-photo-library"), new File(["%PDF-1.7"], "giay-hen.png", { type: "image/png" }));
    expect(await screen.findByText("Ảnh không hợp lệ")).toBeInTheDocument();
    expect(screen.getByText("Không đọc được tệp ảnh này. Vui lòng gửi ảnh JPEG hoặc PNG.")).toBeInTheDocument();
  });

  it("tells how long to wait when rate limited, and explains a lost connection", async () => {
    let calls = 0;
    stubFetch(() => {
      calls += 1;
      if (calls === 1) {
        return problemResponse(429, { title: "Too Many Requests" }, { "Retry-After": "30" });
      }
      throw new TypeError("Failed to fetch");
    });
    const user = userEvent.setup();
    render(<QrPhotoFallback intro={INTRO} onDecoded={() => {}} />);
    await user.upload(input("qr-photo-camera"), png());
    expect(await screen.findByText("Bạn thao tác quá nhanh")).toBeInTheDocument();
    expect(screen.getByText("Vui lòng thử lại sau 30 giây.")).toBeInTheDocument();
    await user.upload(input("qr-photo-camera"), png());
    expect(await screen.findByText("Không kết nối được máy chủ")).toBeInTheDocument();
  });

  it("refuses a QR code whose content is not a dossier code", async () => {
    stubFetch(() => jsonResponse({ code: "hồ sơ?", token: null }));
    const onDecoded = vi.fn();
    const user = userEvent.setup();
    render(<QrPhotoFallback intro={INTRO} onDecoded={onDecoded} />);
    await user.upload(input("qr-photo-camera"), png());
    expect(await screen.findByText(/không chứa mã hồ sơ/)).toBeInTheDocument();
    expect(onDecoded).not.toHaveBeenCalled();
  });

  it("lets the page move the focus to the camera button", () => {
    const ref = createRef<QrPhotoFallbackHandle>();
    render(<QrPhotoFallback ref={ref} intro={INTRO} onDecoded={() => {}} />);
    act(() => ref.current?.focus());
    expect(screen.getByRole("button", { name: "Chụp ảnh mã QR" })).toHaveFocus();
  });
});
