/**
 * The citizen's sign-in session, kept on the device (nativeStorage in Zalo)
 * until it expires. Sign-in is lazy: only a feature that needs it (Hồ sơ của
 * tôi, Nhận thông báo) calls ensureSession() or signIn(), never the launch.
 *
 * Inside Zalo: getAccessToken() (+ the OA-scoped id from getUserInfo when
 * Zalo gives it) -> POST /api/public/v1/session. Outside Zalo the only way in
 * is the server's sandbox (POST .../session/sandbox, a demo citizen).
 *
 * The store plugs itself into the HTTP client: authenticated calls carry the
 * token, and a 401 clears the session so the page asks to sign in again.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { api, isApiError, type ApiClient } from "../api/client";
import { createSandboxSession, createSession, type Citizen, type SessionGrant } from "../api/me";
import { getAccessToken, getUserInfo, SdkError, sdkErrorMessage } from "../sdk/zalo";
import { sdkStateStorage } from "./storage";
import { useSubscriptions } from "./subscriptions";

export interface Session {
  token: string;
  /** ISO time the server gave. */
  expiresAt: string;
  citizen: Citizen;
  /** Signed in through the server's Zalo sandbox (a browser, not Zalo). */
  sandbox: boolean;
  /** Whether the citizen follows the OA, as Zalo said at sign-in; null when unknown. */
  followedOA: boolean | null;
  /** Zalo marks the account sensitive: ask for nothing beyond what a feature needs (no extra prompts). */
  isSensitive?: boolean;
}

interface SessionState {
  session: Session | null;
  /** Signs in with Zalo (inside Zalo only; rejects with SdkError "unsupported" outside). */
  signIn: () => Promise<Session>;
  /** Signs in as the sandbox's demo citizen (404 when the server has no sandbox). */
  signInSandbox: () => Promise<Session>;
  /** The current session if still valid, else signs in with Zalo. */
  ensureSession: () => Promise<Session>;
  updateCitizen: (patch: Partial<Citizen>) => void;
  setFollowedOA: (followed: boolean) => void;
  clear: () => void;
}

export const SESSION_KEY = "motcua.session";
/** A session this close to its expiry is treated as expired (clock skew, slow requests). */
export const EXPIRY_MARGIN_MS = 60_000;

/** The session if it has not expired at `now`. */
export function validSession(session: Session | null | undefined, now: number = Date.now()): Session | null {
  if (!session || typeof session.token !== "string" || session.token === "") {
    return null;
  }
  const expires = Date.parse(session.expiresAt);
  if (!Number.isFinite(expires) || expires - EXPIRY_MARGIN_MS <= now) {
    return null;
  }
  return session;
}

function fromGrant(grant: SessionGrant, sandbox: boolean, followedOA: boolean | null, isSensitive = false): Session {
  return {
    token: grant.sessionToken,
    expiresAt: grant.expiresAt,
    citizen: grant.citizen,
    sandbox,
    followedOA,
    isSensitive,
  };
}

/** One sign-in at a time: two taps (or two features) share the same request. */
let inFlight: Promise<Session> | null = null;

function once(run: () => Promise<Session>): Promise<Session> {
  if (!inFlight) {
    inFlight = run().finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set, get) => ({
      session: null,
      signIn: () =>
        once(async () => {
          const accessToken = await getAccessToken();
          const user = await getUserInfo().catch(() => null);
          const grant = await createSession(accessToken, user?.idByOA ?? null);
          const session = fromGrant(grant, false, user?.followedOA ?? null, user?.isSensitive === true);
          set({ session });
          return session;
        }),
      signInSandbox: () =>
        once(async () => {
          const session = fromGrant(await createSandboxSession(), true, null);
          set({ session });
          return session;
        }),
      ensureSession: async () => validSession(get().session) ?? get().signIn(),
      updateCitizen: (patch) =>
        set((state) =>
          state.session ? { session: { ...state.session, citizen: { ...state.session.citizen, ...patch } } } : state,
        ),
      setFollowedOA: (followed) =>
        set((state) => (state.session ? { session: { ...state.session, followedOA: followed } } : state)),
      clear: () => {
        set({ session: null });
        useSubscriptions.getState().reset();
      },
    }),
    {
      name: SESSION_KEY,
      version: 1,
      storage: sdkStateStorage,
      partialize: (state) => ({ session: state.session }),
      // An expired or corrupt session is dropped on load.
      merge: (persisted, current) => ({
        ...current,
        session: validSession((persisted as { session?: Session | null } | undefined)?.session ?? null),
      }),
    },
  ),
);

/** The valid session now, or null (expired sessions do not count). */
export function currentSession(): Session | null {
  return validSession(useSessionStore.getState().session);
}

/** Hook for components: the session if valid at render time. */
export function useSession(): Session | null {
  return validSession(useSessionStore((state) => state.session));
}

/** Authenticated calls carry the session token; a 401 clears the session (the page then asks to sign in again). */
export function installSessionHook(client: ApiClient = api): void {
  client.setSession({
    getToken: () => currentSession()?.token ?? null,
    refresh: async () => {
      useSessionStore.getState().clear();
      return null;
    },
  });
}

installSessionHook();

/** True when an error means "not signed in (any more)": the page shows the sign-in step. */
export function isSignedOutError(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}

/** What to tell the citizen when signing in failed. */
export function signInErrorMessage(error: unknown, sandbox = false): string {
  if (error instanceof SdkError) {
    return sdkErrorMessage(error, "sign-in");
  }
  if (isApiError(error)) {
    if (sandbox && error.status === 404) {
      return "Máy chủ chưa bật môi trường thử nghiệm. Vui lòng mở Mini App trong ứng dụng Zalo để đăng nhập.";
    }
    if (error.status === 401) {
      return "Chưa xác thực được tài khoản Zalo của bạn. Vui lòng thử đăng nhập lại.";
    }
    if (error.status === 503) {
      return "Chưa kết nối được với Zalo để xác thực tài khoản. Vui lòng thử lại sau ít phút.";
    }
    return error.detail ? `${error.title}. ${error.detail}` : error.title;
  }
  return "Đã có lỗi xảy ra. Vui lòng thử lại.";
}
