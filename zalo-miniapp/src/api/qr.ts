/**
 * Reading the receipt's QR code from a photo on the server:
 * POST /api/public/v1/qr/decode with the image bytes -> {code, token}.
 * This is the scanner of last resort: it works in every browser, with or
 * without a camera, because the photo is decoded by the backend.
 */
import { ApiError, api, type ApiClient } from "./client";

export const QR_DECODE_PATH = "/api/public/v1/qr/decode";
/** The backend refuses larger images. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** A phone photo on a slow connection takes longer to upload than a lookup. */
export const QR_DECODE_TIMEOUT_MS = 60_000;

export interface DecodedQr {
  code: string;
  /** The access token printed in the receipt's QR code, when it has one. */
  token: string | null;
}

/**
 * The backend takes image/jpeg and image/png by name; anything else (HEIC,
 * WebP, a file without a type) is sent as application/octet-stream so the
 * server reads the bytes and answers with its own Vietnamese problem when it
 * cannot, instead of a bare 415 for the content type.
 */
export function photoContentType(type: string): string {
  const normalised = type.trim().toLowerCase();
  if (normalised === "image/jpeg" || normalised === "image/jpg" || normalised === "image/pjpeg") {
    return "image/jpeg";
  }
  if (normalised === "image/png") {
    return "image/png";
  }
  return "application/octet-stream";
}

interface DecodeAnswer {
  code?: unknown;
  token?: unknown;
}

/** Sends the photo to the backend; rejects with ApiError (422: no QR code, 415: not an image, ...). */
export async function decodeQrPhoto(
  photo: Blob,
  options: { client?: ApiClient; signal?: AbortSignal } = {},
): Promise<DecodedQr> {
  // Checked here as the server would, so an empty or huge file is not uploaded.
  if (photo.size === 0) {
    throw new ApiError({
      status: 400,
      title: "Chưa có ảnh",
      detail: "Tệp ảnh trống. Vui lòng chụp hoặc chọn lại ảnh mã QR trên giấy tiếp nhận hồ sơ.",
    });
  }
  if (photo.size > MAX_PHOTO_BYTES) {
    throw new ApiError({
      status: 413,
      title: "Ảnh quá lớn",
      detail: "Ảnh lớn hơn 15 MB. Vui lòng chụp lại gần mã QR, hoặc nhập mã hồ sơ.",
    });
  }
  const client = options.client ?? api;
  const answer = await client.post<DecodeAnswer>(QR_DECODE_PATH, photo, {
    contentType: photoContentType(photo.type),
    timeoutMs: QR_DECODE_TIMEOUT_MS,
    signal: options.signal,
  });
  if (!answer || typeof answer.code !== "string" || answer.code.trim() === "") {
    throw new ApiError({
      status: 200,
      title: "Phản hồi không hợp lệ",
      detail: "Máy chủ không trả về mã hồ sơ. Vui lòng thử lại hoặc nhập mã hồ sơ.",
      kind: "invalid-response",
    });
  }
  const token = typeof answer.token === "string" && answer.token.trim() !== "" ? answer.token : null;
  return { code: answer.code.trim(), token };
}
