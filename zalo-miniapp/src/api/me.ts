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
  /** A supplement request is pending: the clock is paused, never "quá hạn" meanwhile. */
  clockPaused: boolean;
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
  /**
   * The follower proved to be the applicant (the receipt's QR token, or a linked phone equal to the applicant's):
   * they hear the papers, fees and reasons; anyone else only the status and dates.
   */
  applicantProven: boolean;
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
      .map((item) => {
        const clockPaused = item.clockPaused === true || item.statusCode === 5;
        return {
          ...item,
          clockPaused,
          overdue: item.overdue === true && !clockPaused,
          following: item.following === true,
        };
      }),
  };
}

function subscriptionPath(code: string): string {
  return `${BASE}/me/subscriptions/${encodeURIComponent(code)}`;
}

/**
 * Follows (PUT) or stops following (DELETE) a dossier's notifications. With the receipt's access token (the `t`
 * of the QR code's link) the server knows the follower is the applicant.
 */
export async function setSubscription(
  code: string,
  following: boolean,
  options: { client?: ApiClient; token?: string | null } = {},
): Promise<Subscription> {
  const client = options.client ?? api;
  const path = subscriptionPath(code) + (following && options.token ? `?t=${encodeURIComponent(options.token)}` : "");
  const answer = following
    ? await client.put<Subscription>(path, undefined, { auth: true })
    : await client.delete<Subscription>(path, { auth: true });
  return {
    code: answer?.code ?? code,
    following: typeof answer?.following === "boolean" ? answer.following : following,
    applicantProven: answer?.applicantProven === true,
  };
}

/** One news category and whether the citizen receives it on Zalo. */
export interface NewsChoice {
  category: string;
  label: string;
  subscribed: boolean;
}

export interface NewsChoices {
  /** False when the server does not know the citizen's OA id: news cannot reach them on Zalo. */
  canReceive: boolean;
  items: NewsChoice[];
}

const NEWS_PATH = `${BASE}/me/news-subscriptions`;

function newsChoices(raw: Partial<NewsChoices> | undefined): NewsChoices {
  const items = Array.isArray(raw?.items) ? raw.items : [];
  return {
    canReceive: raw?.canReceive === true,
    items: items
      .filter((item) => !!item && typeof item.category === "string")
      .map((item) => ({
        category: item.category,
        label: String(item.label ?? item.category),
        subscribed: item.subscribed === true,
      })),
  };
}

/** The news categories the citizen receives on Zalo (opt-in). */
export async function fetchNewsChoices(
  options: { client?: ApiClient; signal?: AbortSignal } = {},
): Promise<NewsChoices> {
  const client = options.client ?? api;
  return newsChoices(await client.get<NewsChoices>(NEWS_PATH, { auth: true, signal: options.signal }));
}

/** Receives (PUT) or stops receiving (DELETE) one category of news on Zalo. */
export async function setNewsChoice(
  category: string,
  receive: boolean,
  options: { client?: ApiClient } = {},
): Promise<NewsChoices> {
  const client = options.client ?? api;
  const path = `${NEWS_PATH}/${encodeURIComponent(category)}`;
  return newsChoices(
    receive
      ? await client.put<NewsChoices>(path, undefined, { auth: true })
      : await client.delete<NewsChoices>(path, { auth: true }),
  );
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
