/** News and announcements, fetched once per app run (Home shows the first three, the list page all). */
import { create } from "zustand";
import { toApiError, type ApiError } from "../api/client";
import { fetchAnnouncements, type Announcement } from "../api/announcements";

interface AnnouncementsState {
  status: "idle" | "loading" | "ready" | "error";
  items: Announcement[];
  error: ApiError | null;
  /** Loads unless already loaded or loading; `force` reloads (Thử lại). */
  load: (force?: boolean) => Promise<void>;
}

export const useAnnouncements = create<AnnouncementsState>()((set, get) => ({
  status: "idle",
  items: [],
  error: null,
  load: async (force = false) => {
    const { status } = get();
    if (status === "loading" || (!force && status === "ready")) {
      return;
    }
    set({ status: "loading", error: null });
    try {
      set({ status: "ready", items: await fetchAnnouncements(), error: null });
    } catch (error) {
      set({ status: "error", error: toApiError(error) });
    }
  },
}));
