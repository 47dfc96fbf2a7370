/** Paths of the pages that exist, and the link builders. */
export const PATHS = {
  home: "/",
  dossier: "/dossier",
  procedures: "/procedures",
  myDossiers: "/my-dossiers",
  announcements: "/announcements",
} as const;

export function announcementUrl(id: string): string {
  return `${PATHS.announcements}?${new URLSearchParams({ id }).toString()}`;
}

export function dossierUrl(code: string, token?: string | null): string {
  const params = new URLSearchParams({ code });
  if (token) {
    params.set("t", token);
  }
  return `${PATHS.dossier}?${params.toString()}`;
}
