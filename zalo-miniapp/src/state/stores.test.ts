import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("zmp-sdk/apis", async () => (await import("../test/zmpSdkMock")).browserZmpSdk());

import { CODE, fullDossier, publicDossier } from "../test/fixtures";
import { jsonResponse, problemResponse, stubFetch } from "../test/http";
import { useDossierStore } from "./dossier";
import { LAUNCH_KEY, MAX_TOKENS, useLaunchStore } from "./launch";
import { MAX_RECENT_CODES, RECENT_CODES_KEY, useRecentCodes } from "./recentCodes";

beforeEach(() => {
  useRecentCodes.setState({ items: [] });
  useLaunchStore.setState({ launch: null, tokens: {} });
  useDossierStore.getState().reset();
  window.localStorage.clear();
});

describe("recent codes", () => {
  it("keeps the newest first, without duplicates, and merges what it knew", () => {
    const { remember } = useRecentCodes.getState();
    remember("A-1", { procedureName: "Khai sinh", statusLabel: "Đang xử lý" }, new Date("2026-11-20T01:00:00Z"));
    remember("B-2", {}, new Date("2026-11-20T02:00:00Z"));
    remember("A-1", { statusLabel: "Đã trả kết quả" }, new Date("2026-11-20T03:00:00Z"));
    const items = useRecentCodes.getState().items;
    expect(items.map((item) => item.code)).toEqual(["A-1", "B-2"]);
    expect(items[0]).toEqual({
      code: "A-1",
      procedureName: "Khai sinh",
      statusLabel: "Đã trả kết quả",
      viewedAt: "2026-11-20T03:00:00.000Z",
    });
  });

  it("keeps at most the configured number", () => {
    for (let i = 0; i < MAX_RECENT_CODES + 3; i += 1) {
      useRecentCodes.getState().remember(`CODE-${i}`);
    }
    const items = useRecentCodes.getState().items;
    expect(items).toHaveLength(MAX_RECENT_CODES);
    expect(items[0].code).toBe(`CODE-${MAX_RECENT_CODES + 2}`);
  });

  it("persists through the sdk storage (localStorage in a browser) and reloads", async () => {
    useRecentCodes.getState().remember("A-1");
    const stored = JSON.parse(window.localStorage.getItem(RECENT_CODES_KEY) ?? "{}");
    expect(stored.state.items[0].code).toBe("A-1");

    // A fresh start: memory is empty, the device storage still holds the list.
    const saved = window.localStorage.getItem(RECENT_CODES_KEY) ?? "";
    useRecentCodes.setState({ items: [] });
    window.localStorage.setItem(RECENT_CODES_KEY, saved);
    await useRecentCodes.persist.rehydrate();
    expect(useRecentCodes.getState().items.map((item) => item.code)).toEqual(["A-1"]);
  });

  it("ignores corrupt stored data", async () => {
    window.localStorage.setItem(RECENT_CODES_KEY, JSON.stringify({ state: { items: "oops" }, version: 1 }));
    await useRecentCodes.persist.rehydrate();
    expect(useRecentCodes.getState().items).toEqual([]);
  });

  it("removes one code or all", () => {
    const { remember } = useRecentCodes.getState();
    remember("A-1");
    remember("B-2");
    useRecentCodes.getState().remove("A-1");
    expect(useRecentCodes.getState().items.map((item) => item.code)).toEqual(["B-2"]);
    useRecentCodes.getState().clear();
    expect(useRecentCodes.getState().items).toEqual([]);
  });
});

describe("launch context", () => {
  it("captures a normalised code and token from launch parameters and persists them", async () => {
    const launch = useLaunchStore
      .getState()
      .captureLaunch({ code: "000 00 22 h12 261120 0007", t: "k1.abc" }, new Date("2026-11-20T01:00:00Z"));
    expect(launch).toEqual({ code: CODE, token: "k1.abc", at: "2026-11-20T01:00:00.000Z" });
    expect(useLaunchStore.getState().tokens[CODE]).toBe("k1.abc");

    // Reopened from Zalo's recent list: no parameters, state comes back from storage.
    const saved = window.localStorage.getItem(LAUNCH_KEY) ?? "";
    useLaunchStore.setState({ launch: null, tokens: {} });
    window.localStorage.setItem(LAUNCH_KEY, saved);
    expect(useLaunchStore.getState().captureLaunch({})).toBeNull();
    await useLaunchStore.persist.rehydrate();
    expect(useLaunchStore.getState().launch?.code).toBe(CODE);
    expect(useLaunchStore.getState().tokens[CODE]).toBe("k1.abc");
    expect(window.localStorage.getItem(LAUNCH_KEY)).toContain(CODE);
  });

  it("accepts a code without token and ignores invalid codes", () => {
    expect(useLaunchStore.getState().captureLaunch({ mahoso: CODE })).toMatchObject({ code: CODE, token: null });
    expect(useLaunchStore.getState().captureLaunch({ code: "<script>" })).toBeNull();
    expect(useLaunchStore.getState().captureLaunch({ code: "  " })).toBeNull();
  });

  it("remembers and forgets tokens, keeping a bounded number", () => {
    const { rememberToken } = useLaunchStore.getState();
    for (let i = 0; i < MAX_TOKENS + 5; i += 1) {
      rememberToken(`C-${i}`, `t-${i}`);
    }
    const tokens = useLaunchStore.getState().tokens;
    expect(Object.keys(tokens)).toHaveLength(MAX_TOKENS);
    expect(tokens[`C-${MAX_TOKENS + 4}`]).toBe(`t-${MAX_TOKENS + 4}`);
    expect(tokens["C-0"]).toBeUndefined();

    useLaunchStore.getState().captureLaunch({ code: CODE, t: "k1" });
    useLaunchStore.getState().forgetToken(CODE);
    expect(useLaunchStore.getState().tokens[CODE]).toBeUndefined();
    expect(useLaunchStore.getState().launch).toMatchObject({ code: CODE, token: null });
  });
});

describe("current dossier", () => {
  it("loads a dossier and records it in the recent codes", async () => {
    stubFetch(() => jsonResponse(publicDossier()));
    await useDossierStore.getState().load(CODE);
    const state = useDossierStore.getState();
    expect(state.status).toBe("ready");
    expect(state.dossier?.status.label).toBe("Được tiếp nhận");
    expect(useRecentCodes.getState().items[0]).toMatchObject({
      code: CODE,
      procedureName: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
      statusLabel: "Được tiếp nhận",
    });
  });

  it("keeps the error for the page to show", async () => {
    stubFetch(() => problemResponse(404, { title: "Không tìm thấy hồ sơ" }));
    await useDossierStore.getState().load("X-404");
    const state = useDossierStore.getState();
    expect(state.status).toBe("error");
    expect(state.error).toMatchObject({ status: 404, title: "Không tìm thấy hồ sơ" });
  });

  it("ignores an answer that arrives after a newer request", async () => {
    let releaseFirst: (response: Response) => void = () => {};
    stubFetch((url) => {
      if (url.pathname.endsWith("SLOW-1")) {
        return new Promise<Response>((resolve) => {
          releaseFirst = resolve;
        });
      }
      return jsonResponse(publicDossier({ code: "FAST-2" }));
    });
    const first = useDossierStore.getState().load("SLOW-1");
    await useDossierStore.getState().load("FAST-2");
    releaseFirst(jsonResponse(publicDossier({ code: "SLOW-1" })));
    await first;
    expect(useDossierStore.getState().code).toBe("FAST-2");
    expect(useDossierStore.getState().dossier?.code).toBe("FAST-2");
  });

  it("forgets a token the server rejected", async () => {
    useLaunchStore.getState().rememberToken(CODE, "k1.bad");
    stubFetch(() => jsonResponse(publicDossier({ tokenValid: false })));
    await useDossierStore.getState().load(CODE, "k1.bad");
    expect(useDossierStore.getState().dossier?.tokenValid).toBe(false);
    expect(useLaunchStore.getState().tokens[CODE]).toBeUndefined();
  });

  it("unlocks with the applicant's id number and keeps the token", async () => {
    const fetchMock = stubFetch((url, init) => {
      if (init?.method === "POST" && url.pathname.endsWith("/access")) {
        return jsonResponse({ token: "k1.granted" });
      }
      return jsonResponse(fullDossier());
    });
    await expect(useDossierStore.getState().unlock(CODE, { idNumber: "001090012345" })).resolves.toBe("k1.granted");
    expect(useLaunchStore.getState().tokens[CODE]).toBe("k1.granted");
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ idNumber: "001090012345" });
  });
});
