import { describe, expect, it } from "vitest";
import { announcementsUrl, announcementUrl, dossierUrl, newsLaunchUrl } from "./routes";

describe("link builders", () => {
  it("builds the news page link with its optional tab and item", () => {
    expect(announcementsUrl()).toBe("/announcements");
    expect(announcementsUrl({ category: "all" })).toBe("/announcements");
    expect(announcementsUrl({ category: "business" })).toBe("/announcements?chuyenmuc=business");
    expect(announcementsUrl({ category: "procedures", id: "42" })).toBe("/announcements?chuyenmuc=procedures&id=42");
    expect(announcementUrl("a 1")).toBe("/announcements?id=a+1");
  });

  it("builds the dossier link", () => {
    expect(dossierUrl("000.00.22.H12-261120-0007", "k1.x")).toBe("/dossier?code=000.00.22.H12-261120-0007&t=k1.x");
  });
});

describe("newsLaunchUrl", () => {
  it("opens the news page for a launch path ending in /announcements, keeping tab and item", () => {
    expect(newsLaunchUrl("/miniapp/announcements", {})).toBe("/announcements");
    expect(newsLaunchUrl("/zapps/1234567890/announcements/", { chuyenmuc: "business" })).toBe(
      "/announcements?chuyenmuc=business",
    );
    expect(newsLaunchUrl("/announcements", { id: "17" })).toBe("/announcements?id=17");
  });

  it("opens the news page for ?chuyenmuc= (or ?category=) on any path", () => {
    expect(newsLaunchUrl("/miniapp/", { chuyenmuc: "procedures" })).toBe("/announcements?chuyenmuc=procedures");
    expect(newsLaunchUrl("/", { category: "general", id: "3" })).toBe("/announcements?chuyenmuc=general&id=3");
  });

  it("leaves every other launch alone", () => {
    expect(newsLaunchUrl("/miniapp/", {})).toBeNull();
    expect(newsLaunchUrl("/miniapp/dossier", { code: "X", id: "3" })).toBeNull();
    expect(newsLaunchUrl("", { chuyenmuc: " " })).toBeNull();
    expect(newsLaunchUrl("/miniapp/my-announcements", {})).toBeNull();
  });
});
