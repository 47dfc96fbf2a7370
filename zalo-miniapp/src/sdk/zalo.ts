/**
 * The single gateway to zmp-sdk. Every Zalo API the app uses goes through this
 * module, and each call has a fallback for an ordinary browser: the app must
 * stay usable outside Zalo.
 *
 * Outside Zalo, zmp-sdk does not fail in one way: on most hosts its calls
 * reject, but on a host named "localhost" it behaves as Zalo's simulator and
 * answers without doing anything (an empty scan, a toast nobody sees, a call
 * button that dials nothing). So the Zalo-only APIs below are not called at
 * all outside Zalo; the browser fallback runs at once (which also keeps the
 * tap's user activation, needed to open the photo picker).
 */
import {
  followOA as zmpFollowOA,
  getAccessToken as zmpGetAccessToken,
  getPhoneNumber as zmpGetPhoneNumber,
  getRouteParams as zmpGetRouteParams,
  getUserInfo as zmpGetUserInfo,
  interactOA as zmpInteractOA,
  nativeStorage,
  openChat as zmpOpenChat,
  openPhone as zmpOpenPhone,
  scanQRCode as zmpScanQRCode,
  showToast as zmpShowToast,
} from "zmp-sdk/apis";

export type SdkErrorKind = "unsupported" | "cancelled" | "failed";

/** The one error type callers of this module see. */
export class SdkError extends Error {
  readonly kind: SdkErrorKind;
  readonly code?: number;

  constructor(kind: SdkErrorKind, message: string, code?: number) {
    super(message);
    this.name = "SdkError";
    this.kind = kind;
    this.code = code;
  }
}

/** Zalo error codes (zmp-sdk AppError.code) that mean "the user said no". */
const USER_DENIED_CODES = new Set([-201, -202, -1401]);
/**
 * Zalo error codes for "not available here": -1403 the permission was not
 * granted to this Mini App (e.g. the phone number before review), -1404 this
 * Zalo version does not support the API.
 */
const NOT_AVAILABLE_CODES = new Set([-1403, -1404]);

/** Same heuristic zmp-sdk uses itself: Zalo's webview says "zalo" in its user agent. */
export function isInsideZalo(): boolean {
  try {
    return /zalo/i.test(window.navigator.userAgent);
  } catch {
    return false;
  }
}

function errorCode(error: unknown): number | undefined {
  if (error && typeof error === "object" && "code" in error) {
    const code = Number((error as { code: unknown }).code);
    return Number.isFinite(code) ? code : undefined;
  }
  return undefined;
}

/** Runs a Zalo-only zmp-sdk call inside Zalo; outside Zalo rejects with "unsupported" without calling it. */
async function callSdk<T>(call: () => Promise<T>): Promise<T> {
  if (!isInsideZalo()) {
    throw new SdkError("unsupported", "this Zalo API needs the Zalo app");
  }
  return Promise.resolve().then(call);
}

function classify(error: unknown): SdkError {
  if (error instanceof SdkError) {
    return error;
  }
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code !== undefined && USER_DENIED_CODES.has(code)) {
    return new SdkError("cancelled", message, code);
  }
  if ((code !== undefined && NOT_AVAILABLE_CODES.has(code)) || !isInsideZalo()) {
    return new SdkError("unsupported", message, code);
  }
  return new SdkError("failed", message, code);
}

/**
 * zmp-sdk calls its login() when it is imported. Outside Zalo that promise
 * rejects with {api: "login", code: -2000} and no caller can catch it, so it
 * would surface as an "Uncaught (in promise)" error in every browser.
 */
export function isLoginRefusal(reason: unknown): boolean {
  return (
    !!reason &&
    typeof reason === "object" &&
    (reason as { api?: unknown }).api === "login" &&
    errorCode(reason) === -2000
  );
}

/**
 * Marks exactly that refusal as handled, and only outside Zalo. Every other
 * unhandled rejection is left alone. Installed once by main.tsx before the
 * app renders; returns the uninstaller.
 */
export function handleLoginRefusalOutsideZalo(target: Window = window): () => void {
  const listener = (event: Event) => {
    const reason = (event as PromiseRejectionEvent).reason;
    if (!isInsideZalo() && isLoginRefusal(reason)) {
      event.preventDefault();
    }
  };
  target.addEventListener("unhandledrejection", listener);
  return () => target.removeEventListener("unhandledrejection", listener);
}

/** Browser-side effects, grouped so tests can observe them. */
export const browserShell = {
  openUrl(url: string): void {
    if (url.startsWith("tel:")) {
      window.location.href = url;
      return;
    }
    window.open(url, "_blank", "noopener");
  },
};

// ---------------------------------------------------------------------------
// Launch parameters

/**
 * Query parameters the Mini App was opened with (deep link
 * https://zalo.me/s/{appId}/?code=...&t=...). Falls back to location.search.
 */
export function getRouteParams(): Record<string, string> {
  try {
    const params = zmpGetRouteParams();
    if (params && typeof params === "object" && Object.keys(params).length > 0) {
      return { ...params };
    }
  } catch {
    // fall through to the browser's own query string
  }
  const result: Record<string, string> = {};
  try {
    new URLSearchParams(window.location.search).forEach((value, key) => {
      result[key] = value;
    });
  } catch {
    // no usable location: no parameters
  }
  return result;
}

/**
 * Path the Mini App was opened at: "/miniapp/announcements" in a browser;
 * inside Zalo, for https://zalo.me/s/{appId}/announcements, presumably
 * "/zapps/{appId}/announcements" (the base zmp-ui's router uses there; not
 * yet checked on a device). zmp-sdk has no call for it and the memory router
 * does not route by it, so it is the page's own location in both cases; ""
 * when there is none. Only its last segment is used (see newsLaunchUrl).
 */
export function getLaunchPath(): string {
  try {
    return window.location.pathname || "";
  } catch {
    return "";
  }
}

// ---------------------------------------------------------------------------
// QR scanning

/**
 * Opens Zalo's QR scanner and returns the scanned text. Rejects with
 * SdkError kind "unsupported" outside Zalo or on a Zalo version without the
 * scanner (the UI then offers a photo of the QR code and typed entry),
 * "cancelled" when the user closes the scanner.
 */
export async function scanQRCode(): Promise<string> {
  try {
    const result = await callSdk(() => zmpScanQRCode());
    const content = result?.content;
    if (typeof content !== "string" || content.trim() === "") {
      throw new SdkError("cancelled", "empty scan result");
    }
    return content;
  } catch (error) {
    throw classify(error);
  }
}

// ---------------------------------------------------------------------------
// Storage (nativeStorage in Zalo, localStorage in a browser, memory as last resort)

const memoryStorage = new Map<string, string>();

function browserStorage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

export function storageGet(key: string): string | null {
  try {
    const value = nativeStorage.getItem(key);
    if (typeof value === "string") {
      return value;
    }
  } catch {
    // fall back below
  }
  try {
    const local = browserStorage();
    if (local) {
      return local.getItem(key);
    }
  } catch {
    // fall back below
  }
  return memoryStorage.get(key) ?? null;
}

export function storageSet(key: string, value: string): void {
  try {
    nativeStorage.setItem(key, value);
    return;
  } catch {
    // fall back below
  }
  try {
    const local = browserStorage();
    if (local) {
      local.setItem(key, value);
      return;
    }
  } catch {
    // fall back below
  }
  memoryStorage.set(key, value);
}

export function storageRemove(key: string): void {
  try {
    nativeStorage.removeItem(key);
  } catch {
    // ignore: also cleared below
  }
  try {
    browserStorage()?.removeItem(key);
  } catch {
    // ignore
  }
  memoryStorage.delete(key);
}

// ---------------------------------------------------------------------------
// Phone calls

/** Normalises a phone number for dialling: digits and a leading "+". */
export function dialable(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^\d]/g, "");
  return trimmed.startsWith("+") ? `+${digits}` : digits;
}

/** Opens the dialler with the number; outside Zalo through a tel: link. */
export async function callPhone(phone: string): Promise<void> {
  const number = dialable(phone);
  try {
    await callSdk(() => zmpOpenPhone({ phoneNumber: number }));
  } catch {
    browserShell.openUrl(`tel:${number}`);
  }
}

// ---------------------------------------------------------------------------
// Toasts

export type ToastListener = (message: string) => void;
const toastListeners = new Set<ToastListener>();

/** The in-app toast host subscribes here for the browser fallback. */
export function onFallbackToast(listener: ToastListener): () => void {
  toastListeners.add(listener);
  return () => {
    toastListeners.delete(listener);
  };
}

/** Shows a short message: Zalo's native toast, or the in-app one in a browser. */
export async function showToast(message: string): Promise<void> {
  try {
    await callSdk(() => zmpShowToast({ message }));
  } catch {
    toastListeners.forEach((listener) => listener(message));
  }
}

// ---------------------------------------------------------------------------
// Official Account

/** Public link to an OA's profile; it opens Zalo (or its web page) anywhere. */
export function oaLink(oaId: string): string {
  return `https://zalo.me/${encodeURIComponent(oaId)}`;
}

export type OaOutcome = "done" | "cancelled" | "opened-link";

/** Asks Zalo to follow the OA; outside Zalo opens the OA link instead. */
export async function followOA(oaId: string): Promise<OaOutcome> {
  try {
    await callSdk(() => zmpFollowOA({ id: oaId }));
    return "done";
  } catch (error) {
    const sdkError = classify(error);
    if (sdkError.kind === "cancelled") {
      return "cancelled";
    }
    browserShell.openUrl(oaLink(oaId));
    return "opened-link";
  }
}

export type InteractOutcome = "allowed" | "refused" | "unsupported";

/**
 * Asks the citizen to let the OA message them (zmp-sdk interactOA): Zalo shows its own prompt, and an accepted
 * one opens the interaction window without a chat. Outside Zalo, or on a Zalo without it: "unsupported"
 * (nothing to ask; the switch still works, messages by phone need no permission).
 */
export async function interactOA(oaId: string): Promise<InteractOutcome> {
  try {
    await callSdk(() => zmpInteractOA({ oaId }));
    return "allowed";
  } catch (error) {
    const sdkError = classify(error);
    return sdkError.kind === "cancelled" ? "refused" : "unsupported";
  }
}

/** Opens the chat with the OA, with an optional prefilled message. */
export async function openChat(oaId: string, message?: string): Promise<OaOutcome> {
  try {
    await callSdk(() => zmpOpenChat({ type: "oa", id: oaId, message }));
    return "done";
  } catch (error) {
    const sdkError = classify(error);
    if (sdkError.kind === "cancelled") {
      return "cancelled";
    }
    browserShell.openUrl(oaLink(oaId));
    return "opened-link";
  }
}

// ---------------------------------------------------------------------------
// Identity (sign-in and phone linking; Zalo-only, so they reject outside Zalo)

/** What a citizen reads when a Zalo identity call fails, by what it was for. */
export type IdentityPurpose = "sign-in" | "phone";

/**
 * A polite Vietnamese explanation of an SdkError: the user said no (-201,
 * -202, -1401), the feature is not available here (-1403, -1404, outside
 * Zalo), or Zalo failed.
 */
export function sdkErrorMessage(error: unknown, purpose: IdentityPurpose): string {
  const kind = error instanceof SdkError ? error.kind : "failed";
  if (kind === "cancelled") {
    return purpose === "phone"
      ? "Bạn chưa đồng ý chia sẻ số điện thoại. Không sao cả: bạn vẫn tra cứu được hồ sơ bằng mã hồ sơ, và có thể chia sẻ lại bất cứ lúc nào."
      : "Bạn chưa đồng ý đăng nhập bằng tài khoản Zalo. Bạn vẫn tra cứu được hồ sơ bằng mã hồ sơ, và có thể đăng nhập lại bất cứ lúc nào.";
  }
  if (kind === "unsupported") {
    return purpose === "phone"
      ? "Chưa lấy được số điện thoại qua Zalo trên thiết bị này (tính năng chưa được cấp quyền hoặc phiên bản Zalo chưa hỗ trợ). Vui lòng cập nhật Zalo, hoặc tra cứu hồ sơ bằng mã hồ sơ."
      : "Đăng nhập bằng Zalo chưa dùng được ở đây. Vui lòng mở Mini App trong ứng dụng Zalo (phiên bản mới nhất).";
  }
  return "Zalo chưa phản hồi. Vui lòng kiểm tra kết nối mạng và thử lại.";
}

/** The Zalo user access token the backend verifies. Rejects with an SdkError (never a raw zmp-sdk error). */
export async function getAccessToken(): Promise<string> {
  try {
    const token = await callSdk(() => zmpGetAccessToken());
    if (typeof token !== "string" || token === "") {
      throw new SdkError("failed", "empty access token");
    }
    return token;
  } catch (error) {
    throw classify(error);
  }
}

export interface ZaloUser {
  id: string;
  name: string;
  /** The OA-scoped id the OA messages; present when the app is linked to the OA. */
  idByOA: string | null;
  /** Whether the user follows the OA linked to the app; null when Zalo does not say. */
  followedOA: boolean | null;
  /**
   * Zalo marks accounts whose data must be handled as sensitive (Decree 13/2023): the app asks them for nothing
   * beyond what the feature in use needs.
   */
  isSensitive: boolean;
}

/**
 * The Zalo user's ids, without asking for name and avatar (that needs a
 * separate consent the app does not need). Rejects with an SdkError.
 */
export async function getUserInfo(): Promise<ZaloUser> {
  try {
    const result = await callSdk(() => zmpGetUserInfo({}));
    const info = result?.userInfo;
    if (!info || typeof info.id !== "string") {
      throw new SdkError("failed", "no user info");
    }
    return {
      id: info.id,
      name: typeof info.name === "string" ? info.name : "",
      idByOA: typeof info.idByOA === "string" && info.idByOA !== "" ? info.idByOA : null,
      followedOA: typeof info.followedOA === "boolean" ? info.followedOA : null,
      isSensitive: (info as { isSensitive?: unknown }).isSensitive === true,
    };
  } catch (error) {
    throw classify(error);
  }
}

/**
 * The single-use phone token (about 2 minutes; only the server can exchange
 * it for the number). Rejects with an SdkError: "cancelled" when the user
 * refuses, "unsupported" outside Zalo or when the app lacks the permission.
 */
export async function getPhoneNumber(): Promise<string> {
  try {
    const result = await callSdk(() => zmpGetPhoneNumber({}));
    const token = result?.token;
    if (typeof token !== "string" || token === "") {
      throw new SdkError("failed", "empty phone token");
    }
    return token;
  } catch (error) {
    throw classify(error);
  }
}
