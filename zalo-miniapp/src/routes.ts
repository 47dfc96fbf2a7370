/** Paths of the pages that exist, and the link builders. */
export const PATHS = {
  home: "/",
  dossier: "/dossier",
  procedures: "/procedures",
  myDossiers: "/my-dossiers",
  announcements: "/announcements",
} as const;

/** Query parameter of the news page naming the tab: a category code (general, procedures, business). */
export const NEWS_CATEGORY_PARAM = "chuyenmuc";
/** Also accepted from a launch link. */
const NEWS_CATEGORY_ALIASES = [NEWS_CATEGORY_PARAM, "category"];

/** The news page, on the tab of `category` (all when absent), at the announcement `id` when given. */
export function announcementsUrl(options: { category?: string | null; id?: string | null } = {}): string {
  const params = new URLSearchParams();
  if (options.category && options.category !== "all") {
    params.set(NEWS_CATEGORY_PARAM, options.category);
  }
  if (options.id) {
    params.set("id", options.id);
  }
  const search = params.toString();
  return search ? `${PATHS.announcements}?${search}` : PATHS.announcements;
}

export function announcementUrl(id: string): string {
  return announcementsUrl({ id });
}

/**
 * Where a launch link to the news page leads, or null when it is not one:
 * its path ends in /announcements (https://zalo.me/s/{miniAppId}/announcements?...,
 * /miniapp/announcements?... in a browser) or it names a category
 * (?chuyenmuc=business). The category and id are passed on as they are; the
 * page falls back to "Tất cả" for an unknown category.
 */
export function newsLaunchUrl(path: string, params: Record<string, string | undefined>): string | null {
  const category = NEWS_CATEGORY_ALIASES.map((name) => params[name]?.trim()).find((value) => !!value) ?? null;
  const lastSegment = path.replace(/\/+$/, "").split("/").pop() ?? "";
  if (lastSegment !== PATHS.announcements.slice(1) && !category) {
    return null;
  }
  return announcementsUrl({ category, id: params.id?.trim() || null });
}

export function dossierUrl(code: string, token?: string | null): string {
  const params = new URLSearchParams({ code });
  if (token) {
    params.set("t", token);
  }
  return `${PATHS.dossier}?${params.toString()}`;
}
