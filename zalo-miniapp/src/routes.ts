/** Paths of the pages that exist, and the dossier link builder. */
export const PATHS = {
  home: "/",
  dossier: "/dossier",
  procedures: "/procedures",
} as const;

export function dossierUrl(code: string, token?: string | null): string {
  const params = new URLSearchParams({ code });
  if (token) {
    params.set("t", token);
  }
  return `${PATHS.dossier}?${params.toString()}`;
}
