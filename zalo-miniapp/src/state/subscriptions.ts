/**
 * Which dossiers the signed-in citizen follows ("Nhận thông báo"). The server
 * is the source of truth: nothing is persisted, the map is filled from
 * GET me/subscriptions (when the server offers it) and from "Hồ sơ của tôi".
 */
import { create } from "zustand";
import { fetchSubscriptions, setSubscription } from "../api/me";

interface SubscriptionsState {
  /** Dossier code -> following; a code missing from the map is unknown. */
  following: Record<string, boolean>;
  /** Dossier code -> the server counts the citizen as the applicant (known after following it here). */
  applicant: Record<string, boolean>;
  /** True once the full list came from the server (then a missing code means "not following"). */
  listed: boolean;
  seed: (items: ReadonlyArray<{ code: string; following: boolean }>) => void;
  /** Loads the list; tolerates a server without it. Needs a session. */
  load: () => Promise<void>;
  /** Follows or stops following (with the receipt's token when known); rejects with the ApiError. */
  set: (code: string, following: boolean, token?: string | null) => Promise<boolean>;
  isFollowing: (code: string) => boolean;
  reset: () => void;
}

export const useSubscriptions = create<SubscriptionsState>()((set, get) => ({
  following: {},
  applicant: {},
  listed: false,
  seed: (items) =>
    set((state) => {
      const following = { ...state.following };
      items.forEach((item) => {
        following[item.code] = item.following;
      });
      return { following };
    }),
  load: async () => {
    const codes = await fetchSubscriptions();
    if (codes === null) {
      return;
    }
    const following: Record<string, boolean> = {};
    codes.forEach((code) => {
      following[code] = true;
    });
    set({ following, listed: true });
  },
  set: async (code, following, token) => {
    const answer = await setSubscription(code, following, { token });
    set((state) => ({
      following: { ...state.following, [code]: answer.following },
      applicant: answer.following ? { ...state.applicant, [code]: answer.applicantProven } : state.applicant,
    }));
    return answer.following;
  },
  isFollowing: (code) => get().following[code] === true,
  reset: () => set({ following: {}, applicant: {}, listed: false }),
}));
