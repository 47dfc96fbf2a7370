/** Dossier codes the citizen looked up, newest first, kept on the device. */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { sdkStateStorage } from "./storage";

export interface RecentCode {
  code: string;
  procedureName?: string;
  statusLabel?: string;
  /** ISO time of the last lookup. */
  viewedAt: string;
}

export interface RecentInfo {
  procedureName?: string;
  statusLabel?: string;
}

interface RecentCodesState {
  items: RecentCode[];
  remember: (code: string, info?: RecentInfo, now?: Date) => void;
  remove: (code: string) => void;
  clear: () => void;
}

export const MAX_RECENT_CODES = 8;
export const RECENT_CODES_KEY = "motcua.recentCodes";

function sanitise(items: unknown): RecentCode[] {
  if (!Array.isArray(items)) {
    return [];
  }
  return items
    .filter(
      (item): item is RecentCode => !!item && typeof item === "object" && typeof (item as RecentCode).code === "string",
    )
    .slice(0, MAX_RECENT_CODES);
}

export const useRecentCodes = create<RecentCodesState>()(
  persist(
    (set) => ({
      items: [],
      remember: (code, info = {}, now = new Date()) =>
        set((state) => {
          const previous = state.items.find((item) => item.code === code);
          const entry: RecentCode = {
            code,
            procedureName: info.procedureName ?? previous?.procedureName,
            statusLabel: info.statusLabel ?? previous?.statusLabel,
            viewedAt: now.toISOString(),
          };
          const others = state.items.filter((item) => item.code !== code);
          return { items: [entry, ...others].slice(0, MAX_RECENT_CODES) };
        }),
      remove: (code) => set((state) => ({ items: state.items.filter((item) => item.code !== code) })),
      clear: () => set({ items: [] }),
    }),
    {
      name: RECENT_CODES_KEY,
      version: 1,
      storage: sdkStateStorage,
      partialize: (state) => ({ items: state.items }),
      merge: (persisted, current) => ({
        ...current,
        items: sanitise((persisted as { items?: unknown } | undefined)?.items),
      }),
    },
  ),
);
