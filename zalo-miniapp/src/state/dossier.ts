/** The dossier on screen: loading, loaded or failed, with stale answers ignored. */
import { create } from "zustand";
import { isAbortError, toApiError, type ApiError } from "../api/client";
import { fetchDossier, requestDossierAccess, type AccessProof, type Dossier } from "../api/dossiers";
import { useLaunchStore } from "./launch";
import { useRecentCodes } from "./recentCodes";

export type LoadStatus = "idle" | "loading" | "ready" | "error";

interface DossierState {
  code: string | null;
  status: LoadStatus;
  dossier: Dossier | null;
  error: ApiError | null;
  load: (code: string, token?: string | null) => Promise<void>;
  /** Trades the applicant's id number or phone for a token and keeps it. */
  unlock: (code: string, proof: AccessProof) => Promise<string>;
  reset: () => void;
}

let inFlight: AbortController | null = null;

export const useDossierStore = create<DossierState>()((set, get) => ({
  code: null,
  status: "idle",
  dossier: null,
  error: null,
  load: async (code, token) => {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const sameCode = get().code === code;
    set({
      code,
      status: "loading",
      error: null,
      dossier: sameCode ? get().dossier : null,
    });
    try {
      const dossier = await fetchDossier(code, token, { signal: controller.signal });
      if (inFlight !== controller) {
        return;
      }
      inFlight = null;
      set({ status: "ready", dossier, error: null });
      useRecentCodes.getState().remember(dossier.code || code, {
        procedureName: dossier.procedure?.name,
        statusLabel: dossier.status?.label,
      });
      if (token && dossier.tokenValid === false) {
        useLaunchStore.getState().forgetToken(code);
      }
    } catch (error) {
      if (inFlight !== controller || isAbortError(error)) {
        return;
      }
      inFlight = null;
      set({ status: "error", error: toApiError(error) });
    }
  },
  unlock: async (code, proof) => {
    const token = await requestDossierAccess(code, proof);
    useLaunchStore.getState().rememberToken(code, token);
    return token;
  },
  reset: () => {
    inFlight?.abort();
    inFlight = null;
    set({ code: null, status: "idle", dossier: null, error: null });
  },
}));
