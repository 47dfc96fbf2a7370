import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("zmp-sdk/apis", async () => (await import("./test/zmpSdkMock")).browserZmpSdk());

import MotCuaApp from "./App";
import { useAnnouncements } from "./state/announcements";
import { useDossierStore } from "./state/dossier";
import { useLaunchStore } from "./state/launch";
import { useRecentCodes } from "./state/recentCodes";
import { CODE, fullDossier, publicDossier } from "./test/fixtures";
import { jsonResponse, stubFetch } from "./test/http";

beforeEach(() => {
  useAnnouncements.getState().reset();
  useRecentCodes.setState({ items: [] });
  useLaunchStore.setState({ launch: null, tokens: {} });
  useDossierStore.getState().reset();
});

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("MotCuaApp", () => {
  it("starts on Home without launch parameters", () => {
    stubFetch(() => undefined);
    render(<MotCuaApp />);
    expect(screen.getByRole("heading", { name: "Tra cứu hồ sơ hành chính" })).toBeInTheDocument();
  });

  it("never signs in at launch, even inside Zalo", async () => {
    vi.spyOn(window.navigator, "userAgent", "get").mockReturnValue(
      "Mozilla/5.0 (Linux; Android 13) Zalo android/12100613",
    );
    const sdk = await import("zmp-sdk/apis");
    const fetchMock = stubFetch(() => jsonResponse({ items: [] }));
    render(<MotCuaApp />);
    expect(screen.getByRole("button", { name: /Hồ sơ của tôi/ })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sdk.getAccessToken).not.toHaveBeenCalled();
    expect(sdk.getPhoneNumber).not.toHaveBeenCalled();
    expect(fetchMock.mock.calls.map(([input]) => new URL(String(input), "http://x").pathname)).toEqual([
      "/api/public/v1/announcements",
    ]);
  });

  it("opens the news page on the tab named by a launch link, with Home below it", async () => {
    window.history.replaceState(null, "", "/miniapp/announcements?chuyenmuc=business");
    const fetchMock = stubFetch((url) =>
      jsonResponse({
        items:
          url.searchParams.get("category") === "business"
            ? [
                {
                  id: "b1",
                  title: "Hội nghị đối thoại doanh nghiệp",
                  body: "",
                  publishedAt: null,
                  agencyName: null,
                  category: "business",
                  categoryLabel: "Hỗ trợ đầu tư, doanh nghiệp",
                },
              ]
            : [],
      }),
    );
    const user = userEvent.setup();
    render(<MotCuaApp />);

    expect(await screen.findByRole("heading", { name: "Hội nghị đối thoại doanh nghiệp" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("Doanh nghiệp");
    expect(screen.getByText("Hỗ trợ đầu tư, doanh nghiệp")).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([input]) => String(input).includes("category=business"))).toBe(true);

    await user.click(screen.getByRole("button", { name: "Quay lại" }));
    expect(await screen.findByRole("heading", { name: "Tra cứu hồ sơ hành chính" })).toBeInTheDocument();
  });

  it("goes straight to the dossier named in the launch parameters, keeping the token", async () => {
    window.history.replaceState(
      null,
      "",
      `/miniapp/?code=${encodeURIComponent("000 00 22 h12 261120 0007")}&t=k1.launch`,
    );
    const fetchMock = stubFetch((url) =>
      jsonResponse(url.searchParams.get("t") === "k1.launch" ? fullDossier() : publicDossier()),
    );
    const user = userEvent.setup();
    render(<MotCuaApp />);

    expect(await screen.findByRole("heading", { name: "Thông tin đầy đủ" })).toBeInTheDocument();
    const dossierCalls = fetchMock.mock.calls.filter(([input]) => String(input).includes("/dossiers/"));
    expect(String(dossierCalls[0][0])).toContain(encodeURIComponent(CODE));
    expect(useLaunchStore.getState().launch).toMatchObject({ code: CODE, token: "k1.launch" });

    // Home is underneath, so the back arrow is not a dead end.
    await user.click(screen.getByRole("button", { name: "Quay lại" }));
    expect(await screen.findByRole("heading", { name: "Tra cứu hồ sơ hành chính" })).toBeInTheDocument();
    const recent = await screen.findByRole("heading", { name: "Hồ sơ đã tra cứu" });
    expect(recent.closest("section")).toHaveTextContent(CODE);
  });
});
