/**
 * "Tin tức, thông báo": the announcements of the province's agencies, newest
 * first, in tabs by category ("Tất cả" and one per category). The tab comes
 * from ?chuyenmuc=<category code> (deep links), the item to show from ?id=.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from "react";
import { useSearchParams } from "react-router-dom";
import { Page, Tabs } from "zmp-ui";
import type { Announcement } from "../api/announcements";
import { AppHeader } from "../components/AppHeader";
import { NewsAlertsCard } from "../components/NewsAlertsCard";
import { ErrorState, Loading, SkeletonBlock } from "../components/StateViews";
import { formatDate } from "../domain/format";
import { NEWS_CATEGORY_PARAM } from "../routes";
import {
  toAnnouncementFilter,
  useAnnouncementList,
  useAnnouncements,
  type AnnouncementFilter,
} from "../state/announcements";

export const ANNOUNCEMENTS_TITLE = "Tin tức, thông báo";

/** The tabs, in order, with their Vietnamese names. */
export const ANNOUNCEMENT_TABS: readonly { key: AnnouncementFilter; label: string }[] = [
  { key: "all", label: "Tất cả" },
  { key: "general", label: "Thông báo chung" },
  { key: "procedures", label: "Thủ tục hành chính" },
  { key: "business", label: "Doanh nghiệp" },
];

/** What an empty tab says. */
export const EMPTY_ANNOUNCEMENTS_TEXT: Record<AnnouncementFilter, string> = {
  all: "Chưa có tin tức, thông báo nào.",
  general: "Chưa có thông báo chung nào.",
  procedures: "Chưa có thông báo nào về thủ tục hành chính.",
  business: "Chưa có thông báo nào về hỗ trợ đầu tư, doanh nghiệp.",
};

/** "Sở Tư pháp · 20/11/2026" */
export function announcementMeta(item: Announcement): string {
  return [item.agencyName, formatDate(item.publishedAt)].filter(Boolean).join(" · ");
}

/** One tab's list: loaded (once per run, see the store) when the tab is first shown. */
function AnnouncementList({ filter, selected }: { filter: AnnouncementFilter; selected: string | null }) {
  const { status, items, error } = useAnnouncementList(filter);
  const load = useAnnouncements((state) => state.load);

  useEffect(() => {
    void load(filter);
  }, [filter, load]);

  useEffect(() => {
    if (selected && status === "ready") {
      document.getElementById(`announcement-${selected}`)?.scrollIntoView?.({ block: "start" });
    }
  }, [selected, status]);

  if (status === "error" && error) {
    return <ErrorState error={error} onRetry={() => void load(filter, true)} />;
  }
  if (status === "ready" && items.length === 0) {
    return (
      <section className="card empty-state">
        <p>{EMPTY_ANNOUNCEMENTS_TEXT[filter]}</p>
      </section>
    );
  }
  if (status === "ready") {
    return (
      <ul className="announcements">
        {items.map((item) => (
          <li
            key={item.id}
            id={`announcement-${item.id}`}
            className={`card announcement${item.id === selected ? " announcement--selected" : ""}`}
          >
            <article aria-labelledby={`announcement-title-${item.id}`}>
              <span className={`announcement__tag announcement__tag--${item.category}`}>{item.categoryLabel}</span>
              <h2 id={`announcement-title-${item.id}`} className="announcement__title">
                {item.title}
              </h2>
              <p className="announcement__meta">{announcementMeta(item)}</p>
              {item.body
                .split(/\n+/)
                .filter((paragraph) => paragraph.trim() !== "")
                .map((paragraph, index) => (
                  <p key={index} className="announcement__body">
                    {paragraph}
                  </p>
                ))}
            </article>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Loading label="Đang tải tin tức">
      {[0, 1, 2].map((key) => (
        <div className="card" key={key}>
          <SkeletonBlock height={20} width="80%" />
          <SkeletonBlock height={16} width="40%" />
          <SkeletonBlock height={16} />
        </div>
      ))}
    </Loading>
  );
}

/** Enter or Space on a tab chooses it (zmp-ui's tab bar reacts to clicks only). */
function chooseTabWithKeyboard(event: KeyboardEvent<HTMLDivElement>) {
  const target = event.target as HTMLElement;
  if ((event.key === "Enter" || event.key === " ") && target.getAttribute("role") === "tab") {
    event.preventDefault();
    target.click();
  }
}

export default function AnnouncementsPage() {
  const [params, setParams] = useSearchParams();
  const selected = params.get("id");
  const tab = toAnnouncementFilter(params.get(NEWS_CATEGORY_PARAM));
  const tabsRef = useRef<HTMLDivElement>(null);

  // zmp-ui's tab bar has role="tab" items but no tablist or aria-selected: added here for screen readers.
  useLayoutEffect(() => {
    const root = tabsRef.current;
    root?.querySelector(".zaui-tabs-tabbar")?.setAttribute("role", "tablist");
    root?.querySelector(".zaui-tabs-tabbar")?.setAttribute("aria-label", "Chuyên mục");
    root?.querySelectorAll<HTMLElement>('[role="tab"]').forEach((element, index) => {
      element.setAttribute("aria-selected", String(ANNOUNCEMENT_TABS[index]?.key === tab));
    });
  }, [tab]);

  const chooseTab = (key: string) => {
    const filter = toAnnouncementFilter(key);
    // The tab lives in the URL (replacing it, so the back arrow still leaves the page); the item link is dropped.
    setParams(filter === "all" ? {} : { [NEWS_CATEGORY_PARAM]: filter }, { replace: true });
  };

  return (
    <Page className="page">
      <AppHeader title={ANNOUNCEMENTS_TITLE} />
      <div className="page__content">
        <NewsAlertsCard />
        <div className="announcement-tabs" onKeyDown={chooseTabWithKeyboard}>
          <Tabs ref={tabsRef} activeKey={tab} onChange={chooseTab} scrollable destroyInactiveTabPane>
            {ANNOUNCEMENT_TABS.map(({ key, label }) => (
              <Tabs.Tab key={key} label={label}>
                <AnnouncementList filter={key} selected={selected} />
              </Tabs.Tab>
            ))}
          </Tabs>
        </div>
      </div>
    </Page>
  );
}
