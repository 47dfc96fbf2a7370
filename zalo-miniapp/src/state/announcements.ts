/**
 * News and announcements, one list per filter ("all" and each category),
 * each fetched once per app run: Home shows the first three of "all", the
 * list page the tab chosen.
 */
import { create } from "zustand";
import { toApiError, type ApiError } from "../api/client";
import {
  ANNOUNCEMENT_CATEGORIES,
  fetchAnnouncements,
  isAnnouncementCategory,
  type Announcement,
  type AnnouncementCategory,
} from "../api/announcements";

export type AnnouncementFilter = "all" | AnnouncementCategory;

export const ANNOUNCEMENT_FILTERS: readonly AnnouncementFilter[] = ["all", ...ANNOUNCEMENT_CATEGORIES];

/** A category code from outside (deep link) as a filter; anything else is "all". */
export function toAnnouncementFilter(value: string | null | undefined): AnnouncementFilter {
  const code = value?.trim().toLowerCase();
  return isAnnouncementCategory(code) ? code : "all";
}

export interface AnnouncementList {
  status: "idle" | "loading" | "ready" | "error";
  items: Announcement[];
  error: ApiError | null;
}

export type AnnouncementLists = Record<AnnouncementFilter, AnnouncementList>;

const IDLE_LIST: AnnouncementList = Object.freeze({ status: "idle", items: [], error: null }) as AnnouncementList;

/** Every filter idle (the state at launch). */
export function idleAnnouncementLists(): AnnouncementLists {
  return Object.fromEntries(ANNOUNCEMENT_FILTERS.map((filter) => [filter, IDLE_LIST])) as AnnouncementLists;
}

interface AnnouncementsState {
  lists: AnnouncementLists;
  /** Loads one filter's list unless it is loaded or loading; `force` reloads (Thử lại). */
  load: (filter?: AnnouncementFilter, force?: boolean) => Promise<void>;
  /** Forgets every list (and drops answers still on their way). */
  reset: () => void;
}

/** Bumped by reset(), so an answer to a request made before it is dropped. */
let generation = 0;

export const useAnnouncements = create<AnnouncementsState>()((set, get) => {
  const update = (filter: AnnouncementFilter, list: Partial<AnnouncementList>) =>
    set((state) => ({ lists: { ...state.lists, [filter]: { ...state.lists[filter], ...list } } }));

  return {
    lists: idleAnnouncementLists(),
    load: async (filter = "all", force = false) => {
      const { status } = get().lists[filter] ?? IDLE_LIST;
      if (status === "loading" || (!force && status === "ready")) {
        return;
      }
      const started = generation;
      update(filter, { status: "loading", error: null });
      try {
        const items = await fetchAnnouncements({ category: filter === "all" ? undefined : filter });
        if (started === generation) {
          update(filter, { status: "ready", items, error: null });
        }
      } catch (error) {
        if (started === generation) {
          update(filter, { status: "error", error: toApiError(error) });
        }
      }
    },
    reset: () => {
      generation += 1;
      set({ lists: idleAnnouncementLists() });
    },
  };
});

/** One filter's list (a stable object, so components re-render only when it changes). */
export function useAnnouncementList(filter: AnnouncementFilter): AnnouncementList {
  return useAnnouncements((state) => state.lists[filter] ?? IDLE_LIST);
}
