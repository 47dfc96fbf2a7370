/**
 * The citizen's own endpoints: sign-in (POST /api/public/v1/session, or
 * .../session/sandbox outside Zalo when the server runs its Zalo sandbox),
 * phone linking, "Hồ sơ của tôi" and notification subscriptions. Everything
 * under /me is an authenticated call ({auth: true}).
 */
import { ApiError, api, isApiError, type ApiClient } from "./client";

export interface Citizen {
  name: string;
  phoneLinked: boolean;
  /** e.g. "09******78"; null before the phone is linked. */
  maskedPhone: string | null;
  /** The OA-scoped id, when Zalo gave one. */
  oaUserId: string | null;
}

export interface SessionGrant {
  sessionToken: string;
  /** ISO time. */
  expiresAt: string;
  citizen: Citizen;
}

export interface MyDossier {
  code: string;
  procedureName: string | null;
  statusCode: number;
  statusLabel: string;
  agencyName: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  overdue: boolean;
  following: boolean;
}

export interface MyDossiers {
  phoneLinked: boolean;
  items: MyDossier[];
}

export interface PhoneLink {
  maskedPhone: string;
  dossierCount: number;
}

export interface Subscription {
  code: string;
  following: boolean;
}

const BASE = "/api/public/v1";

function invalid(detail: string): ApiError {
  return new ApiError({ status: 200, title: "Phản hồi không hợp lệ", detail, kind: "invalid-response" });
}

function normaliseCitizen(raw: Partial<Citizen> | null | undefined): Citizen {
  return {
    name: typeof raw?.name === "string" ? raw.name : "",
    phoneLinked: raw?.phoneLinked === true,
    maskedPhone: typeof raw?.maskedPhone === "string" && raw.maskedPhone !== "" ? raw.maskedPhone : null,
    oaUserId: typeof raw?.oaUserId === "string" && raw.oaUserId !== "" ? raw.oaUserId : null,
  };
}

function checkGrant(raw: SessionGrant | undefined): SessionGrant {
  if (!raw || typeof raw.sessionToken !== "string" || raw.sessionToken === "" || typeof raw.expiresAt !== "string") {
    throw invalid("Máy chủ không trả về phiên đăng nhập. Vui lòng thử lại sau.");
  }
  return { sessionToken: raw.sessionToken, expiresAt: raw.expiresAt, citizen: normaliseCitizen(raw.citizen) };
}

/** Signs in with the Zalo access token (and the OA-scoped id when known). 401: bad token; 503: Zalo unreachable. */
export async function createSession(
  accessToken: string,
  oaUserId: string | null,
  options: { client?: ApiClient } = {},
): Promise<SessionGrant> {
  const client = options.client ?? api;
  const body: Record<string, string> = { accessToken };
  if (oaUserId) {
    body.oaUserId = oaUserId;
  }
  return checkGrant(await client.post<SessionGrant>(`${BASE}/session`, body));
}

/** A demo citizen from the server's Zalo sandbox; 404 when the sandbox is off. */
export async function createSandboxSession(options: { client?: ApiClient } = {}): Promise<SessionGrant> {
  const client = options.client ?? api;
  return checkGrant(await client.post<SessionGrant>(`${BASE}/session/sandbox`, {}));
}

/** Links the phone behind the single-use Zalo phone token to the signed-in citizen. */
export async function linkPhone(
  phoneToken: string,
  accessToken: string,
  options: { client?: ApiClient } = {},
): Promise<PhoneLink> {
  const client = options.client ?? api;
  const link = await client.post<PhoneLink>(`${BASE}/me/phone`, { phoneToken, accessToken }, { auth: true });
  if (!link || typeof link.maskedPhone !== "string") {
    throw invalid("Máy chủ không xác nhận số điện thoại. Vui lòng thử lại sau.");
  }
  return { maskedPhone: link.maskedPhone, dossierCount: Number(link.dossierCount) || 0 };
}

export async function fetchMyDossiers(options: { signal?: AbortSignal; client?: ApiClient } = {}): Promise<MyDossiers> {
  const client = options.client ?? api;
  const raw = await client.get<MyDossiers>(`${BASE}/me/dossiers`, { auth: true, signal: options.signal });
  const items = Array.isArray(raw?.items) ? raw.items : [];
  return {
    phoneLinked: raw?.phoneLinked === true,
    items: items
      .filter((item) => !!item && typeof item.code === "string")
      .map((item) => ({ ...item, overdue: item.overdue === true, following: item.following === true })),
  };
}

function subscriptionPath(code: string): string {
  return `${BASE}/me/subscriptions/${encodeURIComponent(code)}`;
}

/** Follows (PUT) or stops following (DELETE) a dossier's notifications. */
export async function setSubscription(
  code: string,
  following: boolean,
  options: { client?: ApiClient } = {},
): Promise<Subscription> {
  const client = options.client ?? api;
  const answer = following
    ? await client.put<Subscription>(subscriptionPath(code), undefined, { auth: true })
    : await client.delete<Subscription>(subscriptionPath(code), { auth: true });
  return { code: answer?.code ?? code, following: typeof answer?.following === "boolean" ? answer.following : following };
}

/** Codes the citizen follows; null when the server has no such list (404). */
export async function fetchSubscriptions(options: { client?: ApiClient } = {}): Promise<string[] | null> {
  const client = options.client ?? api;
  try {
    const raw = await client.get<{ items?: Array<{ code?: unknown }> }>(`${BASE}/me/subscriptions`, { auth: true });
    return (Array.isArray(raw?.items) ? raw.items : [])
      .map((item) => item?.code)
      .filter((code): code is string => typeof code === "string");
  } catch (error) {
    if (isApiError(error) && error.status === 404) {
      return null;
    }
    throw error;
  }
}
