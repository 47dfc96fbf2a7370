/**
 * Launch context: the dossier code and token the Mini App was opened with
 * (deep link or QR code), and the dossier tokens obtained since. Persisted,
 * because Zalo drops launch parameters when the app is reopened from the
 * recent list.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { checkDossierCode } from "../domain/code";
import { sdkStateStorage } from "./storage";

export interface LaunchContext {
  code: string;
  token: string | null;
  /** ISO time the app was launched with these parameters. */
  at: string;
}

interface LaunchState {
  launch: LaunchContext | null;
  /** Dossier code -> access token, newest last. */
  tokens: Record<string, string>;
  /** Reads code/t from launch parameters; returns the context or null. */
  captureLaunch: (params: Record<string, string | undefined>, now?: Date) => LaunchContext | null;
  rememberToken: (code: string, token: string) => void;
  forgetToken: (code: string) => void;
}

export const LAUNCH_KEY = "motcua.launch";
export const MAX_TOKENS = 20;

const CODE_PARAM_NAMES = ["code", "mahoso", "maHoSo"];
const TOKEN_PARAM_NAMES = ["t", "token"];

function pick(params: Record<string, string | undefined>, names: string[]): string | undefined {
  for (const name of names) {
    const value = params[name];
    if (typeof value === "string" && value.trim() !== "") {
      return value.trim();
    }
  }
  return undefined;
}

function withToken(tokens: Record<string, string>, code: string, token: string): Record<string, string> {
  const entries = Object.entries(tokens).filter(([key]) => key !== code);
  entries.push([code, token]);
  return Object.fromEntries(entries.slice(-MAX_TOKENS));
}

export const useLaunchStore = create<LaunchState>()(
  persist(
    (set) => ({
      launch: null,
      tokens: {},
      captureLaunch: (params, now = new Date()) => {
        const rawCode = pick(params, CODE_PARAM_NAMES);
        if (!rawCode) {
          return null;
        }
        const check = checkDossierCode(rawCode);
        if (!check.ok) {
          return null;
        }
        const token = pick(params, TOKEN_PARAM_NAMES) ?? null;
        const launch: LaunchContext = { code: check.code, token, at: now.toISOString() };
        set((state) => ({
          launch,
          tokens: token ? withToken(state.tokens, check.code, token) : state.tokens,
        }));
        return launch;
      },
      rememberToken: (code, token) => set((state) => ({ tokens: withToken(state.tokens, code, token) })),
      forgetToken: (code) =>
        set((state) => {
          if (!(code in state.tokens)) {
            return state;
          }
          const tokens = { ...state.tokens };
          delete tokens[code];
          const launch = state.launch && state.launch.code === code ? { ...state.launch, token: null } : state.launch;
          return { tokens, launch };
        }),
    }),
    {
      name: LAUNCH_KEY,
      version: 1,
      storage: sdkStateStorage,
      partialize: (state) => ({ launch: state.launch, tokens: state.tokens }),
    },
  ),
);
