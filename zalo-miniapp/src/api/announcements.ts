/** News and announcements: GET /api/public/v1/announcements?limit=&category=. */
import { api, type ApiClient } from "./client";

/** The server's category codes (an unknown one is a 400, so only these are ever sent). */
export const ANNOUNCEMENT_CATEGORIES = ["general", "procedures", "business"] as const;
export type AnnouncementCategory = (typeof ANNOUNCEMENT_CATEGORIES)[number];

/** The server's labels, used when an answer carries the code without its label. */
export const ANNOUNCEMENT_CATEGORY_LABELS: Record<AnnouncementCategory, string> = {
  general: "Thông báo chung",
  procedures: "Thủ tục hành chính",
  business: "Hỗ trợ đầu tư, doanh nghiệp",
};

/** What an item without a category (a backend from before categories) counts as. */
export const DEFAULT_ANNOUNCEMENT_CATEGORY: AnnouncementCategory = "general";

export function isAnnouncementCategory(value: unknown): value is AnnouncementCategory {
  return typeof value === "string" && (ANNOUNCEMENT_CATEGORIES as readonly string[]).includes(value);
}

export interface Announcement {
  id: string;
  title: string;
  body: string;
  /** ISO time. */
  publishedAt: string | null;
  agencyName: string | null;
  /** Category code: one of ANNOUNCEMENT_CATEGORIES ("general" when the server sent none). */
  category: string;
  /** The category as citizens read it ("Thông báo chung" when the server sent none). */
  categoryLabel: string;
}

/** The item as the server may send it: ids may be numbers, the category fields may be missing. */
type RawAnnouncement = Omit<Announcement, "id" | "category" | "categoryLabel"> & {
  id: string | number;
  category?: unknown;
  categoryLabel?: unknown;
};

export const ANNOUNCEMENT_LIMIT = 20;

function categoryOf(item: RawAnnouncement): { category: string; categoryLabel: string } {
  const code = typeof item.category === "string" ? item.category.trim() : "";
  const label = typeof item.categoryLabel === "string" ? item.categoryLabel.trim() : "";
  if (isAnnouncementCategory(code)) {
    return { category: code, categoryLabel: label || ANNOUNCEMENT_CATEGORY_LABELS[code] };
  }
  if (code && label) {
    // A category this app does not know yet (a newer server): shown under "Tất cả" with the server's label.
    return { category: code, categoryLabel: label };
  }
  return {
    category: DEFAULT_ANNOUNCEMENT_CATEGORY,
    categoryLabel: ANNOUNCEMENT_CATEGORY_LABELS[DEFAULT_ANNOUNCEMENT_CATEGORY],
  };
}

/**
 * The newest announcements, of one category when `category` is given. An
 * older server ignores `category` and sends items without category fields
 * (read as general notices), so the answer is filtered here too: the general
 * list then holds everything and the other categories are empty.
 */
export async function fetchAnnouncements(
  options: { category?: AnnouncementCategory; limit?: number; signal?: AbortSignal; client?: ApiClient } = {},
): Promise<Announcement[]> {
  const client = options.client ?? api;
  const raw = await client.get<{ items?: RawAnnouncement[] }>("/api/public/v1/announcements", {
    query: { limit: options.limit ?? ANNOUNCEMENT_LIMIT, category: options.category },
    signal: options.signal,
  });
  const items = Array.isArray(raw?.items) ? raw.items : [];
  return items
    .filter(
      (item) =>
        !!item && (typeof item.id === "string" || typeof item.id === "number") && typeof item.title === "string",
    )
    .map((item) => ({
      id: String(item.id),
      title: item.title,
      body: typeof item.body === "string" ? item.body : "",
      publishedAt: item.publishedAt ?? null,
      agencyName: item.agencyName ?? null,
      ...categoryOf(item),
    }))
    .filter((item) => !options.category || item.category === options.category);
}
