/** News and announcements: GET /api/public/v1/announcements?limit=. */
import { api, type ApiClient } from "./client";

export interface Announcement {
  id: string;
  title: string;
  body: string;
  /** ISO time. */
  publishedAt: string | null;
  agencyName: string | null;
}

export const ANNOUNCEMENT_LIMIT = 20;

export async function fetchAnnouncements(
  options: { limit?: number; signal?: AbortSignal; client?: ApiClient } = {},
): Promise<Announcement[]> {
  const client = options.client ?? api;
  const raw = await client.get<{ items?: Announcement[] }>("/api/public/v1/announcements", {
    query: { limit: options.limit ?? ANNOUNCEMENT_LIMIT },
    signal: options.signal,
  });
  const items = Array.isArray(raw?.items) ? raw.items : [];
  return items
    .filter((item) => !!item && (typeof item.id === "string" || typeof item.id === "number") && typeof item.title === "string")
    .map((item) => ({
      id: String(item.id),
      title: item.title,
      body: typeof item.body === "string" ? item.body : "",
      publishedAt: item.publishedAt ?? null,
      agencyName: item.agencyName ?? null,
    }));
}
