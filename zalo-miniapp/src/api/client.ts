/**
 * The one HTTP client of the Mini App. Every request goes through it: JSON in
 * and out, one error type (ApiError, read from application/problem+json
 * bodies), a timeout, and a pluggable session hook that adds
 * "Authorization: Bearer" to authenticated calls ({auth: true}) and retries
 * once after re-sign-in on 401.
 */

export type ApiErrorKind = "http" | "network" | "timeout" | "invalid-response";

export interface ApiErrorInit {
  status: number;
  title: string;
  detail?: string;
  type?: string;
  kind?: ApiErrorKind;
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  /** HTTP status; 0 when no response arrived (network error, timeout). */
  readonly status: number;
  /** Short text for the citizen, in Vietnamese. */
  readonly title: string;
  /** Longer explanation when the server gave one. */
  readonly detail?: string;
  /** Problem type URI from the server. */
  readonly type?: string;
  readonly kind: ApiErrorKind;
  /** From Retry-After on 429/503. */
  readonly retryAfterSeconds?: number;

  constructor(init: ApiErrorInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = "ApiError";
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.kind = init.kind ?? "http";
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Any failure as an ApiError, so every error state shows the same way. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) {
    return error;
  }
  return new ApiError({
    status: 0,
    title: "Đã có lỗi xảy ra",
    detail: "Vui lòng thử lại sau ít phút.",
    kind: "invalid-response",
  });
}

/** True for the rejection of a request that the caller itself aborted. */
export function isAbortError(error: unknown): boolean {
  return !!error && typeof error === "object" && "name" in error && (error as { name: unknown }).name === "AbortError";
}

/**
 * Session hook: how the client learns the signed-in user's token and what it
 * does after a 401 on an authenticated call (state/session.ts plugs in: it
 * clears the session, so the page asks the citizen to sign in again).
 */
export interface SessionHook {
  /** The current session token, or null when signed out. */
  getToken(): string | null | Promise<string | null>;
  /** Signs in again; returns the new token, or null when it cannot. */
  refresh(): Promise<string | null>;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON, except a Blob or ArrayBuffer, which is sent as it is (see contentType). */
  body?: unknown;
  /** Content-Type of a binary body; defaults to the Blob's type, else application/octet-stream. */
  contentType?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Record<string, string>;
  /**
   * An authenticated call: sends the session token as "Authorization: Bearer"
   * and lets the session hook handle a 401. Public calls never send it.
   */
  auth?: boolean;
}

/** True for bodies that go out as raw bytes (a photo), not as JSON. */
export function isBinaryBody(body: unknown): body is Blob | ArrayBuffer {
  return (
    (typeof Blob !== "undefined" && body instanceof Blob) ||
    (typeof ArrayBuffer !== "undefined" && body instanceof ArrayBuffer)
  );
}

export interface ApiClientOptions {
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  session?: SessionHook | null;
}

export const DEFAULT_TIMEOUT_MS = 15000;

const DEFAULT_TITLES: Record<number, string> = {
  400: "Yêu cầu không hợp lệ",
  401: "Phiên đăng nhập đã hết hạn",
  403: "Không có quyền truy cập",
  404: "Không tìm thấy dữ liệu",
  408: "Máy chủ phản hồi quá lâu",
  409: "Dữ liệu đã thay đổi",
  429: "Bạn thao tác quá nhanh",
};

export function defaultTitle(status: number): string {
  if (DEFAULT_TITLES[status]) {
    return DEFAULT_TITLES[status];
  }
  if (status >= 500) {
    return "Hệ thống đang bận";
  }
  return "Đã có lỗi xảy ra";
}

/** Seconds from a Retry-After header (delta seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) {
    return undefined;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) {
    return undefined;
  }
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function isJsonContentType(contentType: string | null): boolean {
  return !!contentType && /[/+]json\b/i.test(contentType);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Builds the ApiError for a non-2xx response, reading problem+json when present. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let title: string | undefined;
  let detail: string | undefined;
  let type: string | undefined;
  const text = await response.text().catch(() => "");
  if (text && isJsonContentType(response.headers.get("content-type"))) {
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      title = nonEmptyString(body.title);
      detail = nonEmptyString(body.detail);
      type = nonEmptyString(body.type);
    } catch {
      // not JSON after all: keep the defaults
    }
  }
  return new ApiError({
    status: response.status,
    title: title ?? defaultTitle(response.status),
    detail,
    type,
    kind: "http",
    retryAfterSeconds: parseRetryAfter(response.headers.get("retry-after")),
  });
}

function joinUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const base = baseUrl.replace(/\/+$/, "");
  const suffix = path.startsWith("/") ? path : `/${path}`;
  const params = new URLSearchParams();
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== "") {
        params.append(key, String(value));
      }
    }
  }
  const search = params.toString();
  return `${base}${suffix}${search ? `?${search}` : ""}`;
}

export class ApiClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl?: typeof fetch;
  private session: SessionHook | null;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? "";
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetchImpl = options.fetch;
    this.session = options.session ?? null;
  }

  /** Plugs in (or removes) the sign-in session. */
  setSession(session: SessionHook | null): void {
    this.session = session;
  }

  get<T>(path: string, options: Omit<RequestOptions, "body"> = {}): Promise<T> {
    return this.request<T>("GET", path, options);
  }

  post<T>(path: string, body: unknown, options: Omit<RequestOptions, "body"> = {}): Promise<T> {
    return this.request<T>("POST", path, { ...options, body });
  }

  put<T>(path: string, body?: unknown, options: Omit<RequestOptions, "body"> = {}): Promise<T> {
    return this.request<T>("PUT", path, { ...options, body });
  }

  delete<T>(path: string, options: Omit<RequestOptions, "body"> = {}): Promise<T> {
    return this.request<T>("DELETE", path, options);
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const url = joinUrl(this.baseUrl, path, options.query);
    const session = options.auth ? this.session : null;
    const token = session ? await session.getToken() : null;
    try {
      return await this.send<T>(method, url, options, token);
    } catch (error) {
      if (!(session && isApiError(error) && error.status === 401)) {
        throw error;
      }
      const fresh = await session.refresh().catch(() => null);
      if (!fresh) {
        throw error;
      }
      return this.send<T>(method, url, options, fresh);
    }
  }

  private async send<T>(method: string, url: string, options: RequestOptions, token: string | null): Promise<T> {
    const headers: Record<string, string> = {
      Accept: "application/json, application/problem+json",
      ...options.headers,
    };
    const binary = isBinaryBody(options.body);
    if (binary) {
      const blobType = options.body instanceof Blob ? options.body.type : "";
      headers["Content-Type"] = options.contentType || blobType || "application/octet-stream";
    } else if (options.body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }

    const controller = new AbortController();
    let timedOut = false;
    const onCallerAbort = () => controller.abort();
    if (options.signal) {
      if (options.signal.aborted) {
        controller.abort();
      } else {
        options.signal.addEventListener("abort", onCallerAbort, { once: true });
      }
    }
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs ?? this.timeoutMs);

    const fetchImpl =
      this.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    try {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method,
          headers,
          body: binary
            ? (options.body as Blob | ArrayBuffer)
            : options.body !== undefined
              ? JSON.stringify(options.body)
              : undefined,
          signal: controller.signal,
          credentials: "same-origin",
        });
      } catch (error) {
        throw this.transportError(error, timedOut, options.signal);
      }

      if (!response.ok) {
        throw await errorFromResponse(response);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw this.transportError(error, timedOut, options.signal);
      }
      if (response.status === 204 || text.trim() === "") {
        return undefined as T;
      }
      try {
        return JSON.parse(text) as T;
      } catch {
        throw new ApiError({
          status: response.status,
          title: "Phản hồi không hợp lệ",
          detail: "Máy chủ trả về dữ liệu không đọc được. Vui lòng thử lại sau.",
          kind: "invalid-response",
        });
      }
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onCallerAbort);
    }
  }

  private transportError(error: unknown, timedOut: boolean, callerSignal?: AbortSignal): unknown {
    if (timedOut) {
      return new ApiError({
        status: 0,
        title: "Máy chủ phản hồi quá lâu",
        detail: "Vui lòng kiểm tra kết nối mạng và thử lại.",
        kind: "timeout",
      });
    }
    if (callerSignal?.aborted || isAbortError(error)) {
      const abort = new Error("Request aborted");
      abort.name = "AbortError";
      return abort;
    }
    return new ApiError({
      status: 0,
      title: "Không kết nối được máy chủ",
      detail: "Vui lòng kiểm tra kết nối mạng và thử lại.",
      kind: "network",
    });
  }
}

/** Base URL from VITE_API_BASE at build time; same origin when unset. */
export const apiBaseUrl: string = import.meta.env.VITE_API_BASE ?? "";

/** The shared client the app uses. */
export const api = new ApiClient({ baseUrl: apiBaseUrl });
