/** Procedure catalogue: GET /api/public/v1/procedures?q=&limit=. */
import { api, type ApiClient } from "./client";

export interface Procedure {
  code: string;
  name: string;
  field: string | null;
  processingDays: number | null;
  fees: string | null;
  requiredDocuments: string[];
}

export const PROCEDURE_PAGE_SIZE = 20;

export async function searchProcedures(
  query: string,
  options: { limit?: number; signal?: AbortSignal; client?: ApiClient } = {},
): Promise<Procedure[]> {
  const client = options.client ?? api;
  const list = await client.get<Procedure[]>("/api/public/v1/procedures", {
    query: { q: query.trim() || undefined, limit: options.limit ?? PROCEDURE_PAGE_SIZE },
    signal: options.signal,
  });
  return (Array.isArray(list) ? list : []).map((p) => ({
    ...p,
    requiredDocuments: p.requiredDocuments ?? [],
  }));
}
