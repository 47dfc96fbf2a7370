/** Helpers for tests that need a signed-in citizen or Zalo's webview. */
import { vi } from "vitest";
import type { SessionGrant } from "../api/me";
import { useSessionStore, type Session } from "../state/session";
import { useSubscriptions } from "../state/subscriptions";

export const ZALO_UA =
  "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 Zalo android/12100613 ZaloTheme/light";

/** Inside Zalo's webview (jsdom's own user agent is an ordinary browser's). */
export function insideZalo(): void {
  vi.spyOn(window.navigator, "userAgent", "get").mockReturnValue(ZALO_UA);
}

export function inHours(hours: number): string {
  return new Date(Date.now() + hours * 3600_000).toISOString();
}

export function grant(overrides: Partial<SessionGrant["citizen"]> = {}, token = "s.abc"): SessionGrant {
  return {
    sessionToken: token,
    expiresAt: inHours(12),
    citizen: { name: "Nguyễn Văn Bình", phoneLinked: true, maskedPhone: "09******78", oaUserId: null, ...overrides },
  };
}

/** Puts a valid session in the store (as if signed in earlier). */
export function signedIn(overrides: Partial<Session> = {}): Session {
  const session: Session = {
    token: "s.abc",
    expiresAt: inHours(12),
    citizen: { name: "Nguyễn Văn Bình", phoneLinked: true, maskedPhone: "09******78", oaUserId: null },
    sandbox: false,
    followedOA: null,
    ...overrides,
  };
  useSessionStore.setState({ session });
  return session;
}

export function resetSession(): void {
  useSessionStore.setState({ session: null });
  useSubscriptions.getState().reset();
}
