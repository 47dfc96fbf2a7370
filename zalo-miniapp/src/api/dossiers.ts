/** Public dossier endpoints: GET /api/public/v1/dossiers/{code}, POST .../access. */
import { ApiError, api, type ApiClient } from "./client";

export interface ProcedureRef {
  code: string;
  name: string;
}

export interface DossierStatus {
  /** National status code 1-10 (TrangThaiHoSo). */
  code: number;
  label: string;
  nextStep: string | null;
}

export interface TimelineEntry {
  at: string;
  statusCode: number;
  statusLabel: string;
  agency: string | null;
  note: string | null;
}

export interface Supplement {
  requestedAt: string | null;
  items: string[];
  note: string | null;
}

export interface Fee {
  name: string;
  amount: number;
}

export type ResultDelivery = "desk" | "post";

/** A result paper; `url` is the link of the electronic result (http or https only). */
export interface ResultPaper {
  name: string;
  url: string | null;
}

/** Present only with full access (a valid token). */
export interface DossierDetail {
  applicantName: string;
  phone: string | null;
  resultDelivery: ResultDelivery | null;
  supplements: Supplement[];
  fees: Fee[];
  notes: string[];
  results: ResultPaper[];
  /** True when the fees were paid online (national portal or the province's gateway). */
  paidOnline?: boolean | null;
}

export interface Dossier {
  code: string;
  procedure: ProcedureRef | null;
  agency: string | null;
  agencyPhone: string | null;
  status: DossierStatus;
  receivedAt: string | null;
  dueAt: string | null;
  previousDueAt: string | null;
  finishedAt: string | null;
  overdue: boolean;
  /** A supplement request is pending: the processing time stands still, never "quá hạn" meanwhile. */
  clockPaused: boolean;
  timeline: TimelineEntry[];
  /** Masked for public access, e.g. "Nguyễn V** B". */
  applicantName: string | null;
  access: "public" | "full";
  /** null: no token sent; false: token rejected; true: token accepted. */
  tokenValid: boolean | null;
  detail?: DossierDetail | null;
}

export type AccessProof = { idNumber: string } | { phone: string };

export interface AccessGrant {
  token: string;
}

function dossierPath(code: string): string {
  return `/api/public/v1/dossiers/${encodeURIComponent(code)}`;
}

/** National status 5, "Yêu cầu bổ sung giấy tờ": the clock is paused while the citizen gathers documents. */
export const SUPPLEMENT_REQUIRED = 5;

/** Only http(s) links are ever opened: anything else could run script. */
export function safeLink(url: string | null | undefined): string | null {
  return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

/** Fills the lists the UI iterates over, so a sparse answer cannot crash a page. */
export function normaliseDossier(raw: Dossier): Dossier {
  const detail = raw.detail
    ? {
        ...raw.detail,
        supplements: (raw.detail.supplements ?? []).map((s) => ({ ...s, items: s.items ?? [] })),
        fees: raw.detail.fees ?? [],
        notes: raw.detail.notes ?? [],
        results: (raw.detail.results ?? []).map((r) => ({ ...r, url: safeLink(r.url) })),
      }
    : raw.detail;
  return {
    ...raw,
    // status 5 (documents requested) pauses the clock even if an older server does not say so
    clockPaused: raw.clockPaused === true || raw.status?.code === SUPPLEMENT_REQUIRED,
    overdue: raw.overdue === true && !(raw.clockPaused === true || raw.status?.code === SUPPLEMENT_REQUIRED),
    timeline: raw.timeline ?? [],
    detail,
  };
}

export async function fetchDossier(
  code: string,
  token?: string | null,
  options: { signal?: AbortSignal; client?: ApiClient } = {},
): Promise<Dossier> {
  const client = options.client ?? api;
  const raw = await client.get<Dossier>(dossierPath(code), {
    query: { t: token ?? undefined },
    signal: options.signal,
  });
  return normaliseDossier(raw);
}

/** Exchanges the applicant's id number or phone for a dossier token. */
export async function requestDossierAccess(
  code: string,
  proof: AccessProof,
  options: { client?: ApiClient } = {},
): Promise<string> {
  const client = options.client ?? api;
  const grant = await client.post<AccessGrant>(`${dossierPath(code)}/access`, proof);
  if (!grant || typeof grant.token !== "string" || grant.token === "") {
    throw new ApiError({
      status: 200,
      title: "Phản hồi không hợp lệ",
      detail: "Máy chủ không trả về mã truy cập. Vui lòng thử lại sau.",
      kind: "invalid-response",
    });
  }
  return grant.token;
}

/** Satisfaction levels of POST .../rating: 3 "Rất hài lòng", 2 "Hài lòng", 1 "Không hài lòng". */
export type RatingLevel = 1 | 2 | 3;

export interface RatingInput {
  /** The dossier access token: only the applicant may rate. */
  token: string;
  level: RatingLevel;
  /** Optional, at most RATING_COMMENT_MAX characters. */
  comment?: string | null;
}

export interface Rating {
  code: string;
  level: RatingLevel;
  label: string;
  comment: string | null;
  channel: string;
  ratedAt: string;
  updatedAt: string;
}

export const RATING_COMMENT_MAX = 1000;

/** National statuses a rating is accepted for: not received (3), stopped (8), result returned (10). */
export function isRatable(statusCode: number): boolean {
  return statusCode === 3 || statusCode === 8 || statusCode === 10;
}

/**
 * Stores (or replaces) the applicant's satisfaction rating of a closed dossier.
 * Errors (problem+json): 403 bad token, 409 not closed yet, 400 bad level/comment, 404 unknown code.
 */
export async function rateDossier(
  code: string,
  input: RatingInput,
  options: { client?: ApiClient } = {},
): Promise<Rating> {
  const client = options.client ?? api;
  const comment = input.comment?.trim() ?? "";
  const body: Record<string, unknown> = { token: input.token, level: input.level, channel: "miniapp" };
  if (comment !== "") {
    body.comment = comment;
  }
  return client.post<Rating>(`${dossierPath(code)}/rating`, body);
}
