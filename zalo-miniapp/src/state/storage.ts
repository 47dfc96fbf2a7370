/** zustand persistence over the sdk module's storage (nativeStorage in Zalo). */
import { createJSONStorage } from "zustand/middleware";
import { storageGet, storageRemove, storageSet } from "../sdk/zalo";

export const sdkStateStorage = createJSONStorage(() => ({
  getItem: (name: string) => storageGet(name),
  setItem: (name: string, value: string) => storageSet(name, value),
  removeItem: (name: string) => storageRemove(name),
}));
