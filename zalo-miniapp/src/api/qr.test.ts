import { describe, expect, it, vi } from "vitest";
import { CODE } from "../test/fixtures";
import { jsonResponse, problemResponse } from "../test/http";
import { ApiClient } from "./client";
import { decodeQrPhoto, MAX_PHOTO_BYTES, photoContentType, QR_DECODE_PATH, QR_DECODE_TIMEOUT_MS } from "./qr";

function client(respond: (url: string, init: RequestInit) => Response) {
  const fetchMock = vi.fn(async (input: string, init: RequestInit) => respond(input, init));
  return { client: new ApiClient({ fetch: fetchMock as unknown as typeof fetch }), fetchMock };
}

function photo(type: string, bytes: number[] = [0xff, 0xd8, 0xff]): File {
  return new File([new Uint8Array(bytes)], "anh.jpg", { type });
}

describe("decodeQrPhoto", () => {
  it("posts the photo's bytes to the decode endpoint and returns code and token", async () => {
    const { client: c, fetchMock } = client(() => jsonResponse({ code: CODE, token: "k1.qr" }));
    const file = photo("image/jpeg");
    await expect(decodeQrPhoto(file, { client: c })).resolves.toEqual({ code: CODE, token: "k1.qr" });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(QR_DECODE_PATH);
    expect(init.method).toBe("POST");
    expect(init.body).toBe(file);
    expect((init.headers as Record<string, string>)["Content-Type"]).toBe("image/jpeg");
  });

  it("gives the upload more time than a lookup", async () => {
    const { client: c } = client(() => jsonResponse({ code: CODE }));
    const post = vi.spyOn(c, "post");
    await decodeQrPhoto(photo("image/png"), { client: c });
    expect(post).toHaveBeenCalledWith(
      QR_DECODE_PATH,
      expect.any(File),
      expect.objectContaining({ timeoutMs: QR_DECODE_TIMEOUT_MS }),
    );
  });

  it("returns a null token when the QR code holds only the code", async () => {
    const { client: c } = client(() => jsonResponse({ code: CODE, token: null }));
    await expect(decodeQrPhoto(photo("image/png"), { client: c })).resolves.toEqual({ code: CODE, token: null });
  });

  it("rejects with the server's Vietnamese problem on 422 and 415", async () => {
    const { client: noQr } = client(() =>
      problemResponse(422, { title: "Không đọc được mã QR", detail: "Không tìm thấy mã QR trong ảnh." }),
    );
    await expect(decodeQrPhoto(photo("image/png"), { client: noQr })).rejects.toMatchObject({
      status: 422,
      title: "Không đọc được mã QR",
      detail: "Không tìm thấy mã QR trong ảnh.",
    });
    const { client: notImage } = client(() =>
      problemResponse(415, { title: "Ảnh không hợp lệ", detail: "Vui lòng gửi ảnh JPEG hoặc PNG." }),
    );
    await expect(decodeQrPhoto(photo("image/png"), { client: notImage })).rejects.toMatchObject({
      status: 415,
      title: "Ảnh không hợp lệ",
    });
  });

  it("does not upload an empty or oversized file", async () => {
    const { client: c, fetchMock } = client(() => jsonResponse({ code: CODE }));
    await expect(decodeQrPhoto(photo("image/png", []), { client: c })).rejects.toMatchObject({ title: "Chưa có ảnh" });
    const big = photo("image/jpeg");
    Object.defineProperty(big, "size", { value: MAX_PHOTO_BYTES + 1 });
    await expect(decodeQrPhoto(big, { client: c })).rejects.toMatchObject({ status: 413, title: "Ảnh quá lớn" });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("rejects an answer without a code", async () => {
    const { client: c } = client(() => jsonResponse({ token: "k1.x" }));
    await expect(decodeQrPhoto(photo("image/png"), { client: c })).rejects.toMatchObject({
      kind: "invalid-response",
    });
  });
});

describe("photoContentType", () => {
  it("keeps JPEG and PNG and sends anything else as bytes for the server to read", () => {
    expect(photoContentType("image/jpeg")).toBe("image/jpeg");
    expect(photoContentType("IMAGE/JPG")).toBe("image/jpeg");
    expect(photoContentType("image/png")).toBe("image/png");
    expect(photoContentType("image/heic")).toBe("application/octet-stream");
    expect(photoContentType("image/webp")).toBe("application/octet-stream");
    expect(photoContentType("")).toBe("application/octet-stream");
  });
});
