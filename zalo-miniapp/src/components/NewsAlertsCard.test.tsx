import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const zmp = vi.hoisted(() => ({ current: null as null | Record<string, ReturnType<typeof vi.fn>> }));
vi.mock("zmp-sdk/apis", async () => {
  const sdk = (await import("../test/zmpSdkMock")).browserZmpSdk();
  zmp.current = sdk as unknown as Record<string, ReturnType<typeof vi.fn>>;
  return sdk;
});

import { useAnnouncements } from "../state/announcements";
import { jsonResponse, stubFetch, type Route } from "../test/http";
import { renderAt } from "../test/render";
import { grant, insideZalo, resetSession, signedIn } from "../test/session";
import { SANDBOX_SIGN_IN_LABEL } from "./SignInCard";
import { CHOOSE_NEWS_LABEL, NEWS_ALERTS_HELP, NEWS_NEEDS_OA_TEXT } from "./NewsAlertsCard";

function sdk() {
  return zmp.current as Record<string, ReturnType<typeof vi.fn>>;
}

const LABELS = {
  general: "Thông báo chung",
  procedures: "Thủ tục hành chính",
  business: "Hỗ trợ đầu tư, doanh nghiệp",
};

function choices(subscribed: string[], canReceive = true) {
  return {
    canReceive,
    items: Object.entries(LABELS).map(([category, label]) => ({
      category,
      label,
      subscribed: subscribed.includes(category),
    })),
  };
}

function backend(state: { subscribed: string[]; canReceive?: boolean }): Route {
  return (url, init) => {
    const method = init?.method ?? "GET";
    if (url.pathname === "/api/public/v1/announcements") {
      return jsonResponse({ items: [] });
    }
    if (method === "POST" && url.pathname === "/api/public/v1/session/sandbox") {
      return jsonResponse(grant({ oaUserId: "nguoi-dan-demo" }));
    }
    if (url.pathname === "/api/public/v1/me/news-subscriptions" && method === "GET") {
      return jsonResponse(choices(state.subscribed, state.canReceive));
    }
    const match = url.pathname.match(/^\/api\/public\/v1\/me\/news-subscriptions\/(\w+)$/);
    if (match && (method === "PUT" || method === "DELETE")) {
      state.subscribed =
        method === "PUT" ? [...state.subscribed, match[1]] : state.subscribed.filter((c) => c !== match[1]);
      return jsonResponse(choices(state.subscribed, state.canReceive));
    }
    return undefined;
  };
}

function toggle(label: string) {
  return screen.getByRole("switch", { name: label });
}

beforeEach(() => {
  resetSession();
  useAnnouncements.getState().reset();
  sdk()
    .interactOA.mockReset()
    .mockRejectedValue(Object.assign(new Error("not in Zalo"), { code: -1 }));
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("Nhận tin qua Zalo on the news page", () => {
  it("asks nothing at load, and says what the choice means", async () => {
    const fetchMock = stubFetch(backend({ subscribed: [] }));
    renderAt("/announcements");
    expect(await screen.findByText(NEWS_ALERTS_HELP)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: CHOOSE_NEWS_LABEL })).toBeInTheDocument();
    expect(screen.queryByRole("switch")).not.toBeInTheDocument();
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(fetchMock.mock.calls.every(([input]) => String(input).includes("/api/public/v1/announcements"))).toBe(true);
  });

  it("signs in on request, then turns one category on and off", async () => {
    const state = { subscribed: [] as string[] };
    const fetchMock = stubFetch(backend(state));
    const user = userEvent.setup();
    renderAt("/announcements");
    await user.click(await screen.findByRole("button", { name: CHOOSE_NEWS_LABEL }));
    await user.click(screen.getByRole("button", { name: SANDBOX_SIGN_IN_LABEL }));
    await waitFor(() => expect(toggle(LABELS.procedures)).toHaveAttribute("aria-checked", "false"));
    await user.click(toggle(LABELS.procedures));
    await waitFor(() => expect(toggle(LABELS.procedures)).toHaveAttribute("aria-checked", "true"));
    expect(toggle(LABELS.business)).toHaveAttribute("aria-checked", "false");
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === "PUT");
    expect(new URL(String(put?.[0]), "http://x").pathname).toBe("/api/public/v1/me/news-subscriptions/procedures");
    await user.click(toggle(LABELS.procedures));
    await waitFor(() => expect(toggle(LABELS.procedures)).toHaveAttribute("aria-checked", "false"));
    expect(sdk().interactOA).not.toHaveBeenCalled();
  });

  it("inside Zalo asks Zalo to let the OA message the citizen when a category is turned on", async () => {
    vi.stubEnv("VITE_ZALO_OA_ID", "4318123456");
    insideZalo();
    sdk().interactOA.mockResolvedValue(undefined);
    signedIn({ citizen: { name: "An", phoneLinked: false, maskedPhone: null, oaUserId: "oa-1" } });
    stubFetch(backend({ subscribed: ["general"] }));
    const user = userEvent.setup();
    renderAt("/announcements");
    await waitFor(() => expect(toggle(LABELS.general)).toHaveAttribute("aria-checked", "true"));
    await user.click(toggle(LABELS.business));
    await waitFor(() => expect(sdk().interactOA).toHaveBeenCalledWith({ oaId: "4318123456" }));
  });

  it("without the OA id the switches cannot be turned on, and the page says why", async () => {
    signedIn();
    stubFetch(backend({ subscribed: [], canReceive: false }));
    renderAt("/announcements");
    expect(await screen.findByText(NEWS_NEEDS_OA_TEXT)).toBeInTheDocument();
    expect(toggle(LABELS.general)).toBeDisabled();
  });
});
