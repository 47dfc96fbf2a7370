/** Helpers to answer fetch in tests. */
import { vi } from "vitest";

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

export function problemResponse(
  status: number,
  problem: { title?: string; detail?: string; type?: string },
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ status, ...problem }), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });
}

export type Route = (url: URL, init: RequestInit | undefined) => Response | Promise<Response> | undefined;

/** Stubs global fetch with a router; unmatched requests fail the test loudly. */
export function stubFetch(route: Route) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const response = await route(url, init);
    if (!response) {
      throw new Error(`unexpected request ${init?.method ?? "GET"} ${url.pathname}${url.search}`);
    }
    return response;
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}
