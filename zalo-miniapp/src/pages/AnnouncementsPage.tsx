/** "Tin tức, thông báo": the announcements of the province's agencies, newest first. */
import { useEffect } from "react";
import { useSearchParams } from "react-router-dom";
import { Page } from "zmp-ui";
import type { Announcement } from "../api/announcements";
import { AppHeader } from "../components/AppHeader";
import { ErrorState, Loading, SkeletonBlock } from "../components/StateViews";
import { formatDate } from "../domain/format";
import { useAnnouncements } from "../state/announcements";

export const ANNOUNCEMENTS_TITLE = "Tin tức, thông báo";

/** "Sở Tư pháp · 20/11/2026" */
export function announcementMeta(item: Announcement): string {
  return [item.agencyName, formatDate(item.publishedAt)].filter(Boolean).join(" · ");
}

export default function AnnouncementsPage() {
  const [params] = useSearchParams();
  const selected = params.get("id");
  const status = useAnnouncements((state) => state.status);
  const items = useAnnouncements((state) => state.items);
  const error = useAnnouncements((state) => state.error);
  const load = useAnnouncements((state) => state.load);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (selected && status === "ready") {
      document.getElementById(`announcement-${selected}`)?.scrollIntoView?.({ block: "start" });
    }
  }, [selected, status]);

  let body;
  if (status === "error" && error) {
    body = <ErrorState error={error} onRetry={() => void load(true)} />;
  } else if (status === "ready" && items.length === 0) {
    body = (
      <section className="card empty-state">
        <p>Chưa có tin tức, thông báo nào.</p>
      </section>
    );
  } else if (status === "ready") {
    body = (
      <ul className="announcements">
        {items.map((item) => (
          <li
            key={item.id}
            id={`announcement-${item.id}`}
            className={`card announcement${item.id === selected ? " announcement--selected" : ""}`}
          >
            <article aria-labelledby={`announcement-title-${item.id}`}>
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
  } else {
    body = (
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

  return (
    <Page className="page">
      <AppHeader title={ANNOUNCEMENTS_TITLE} />
      <div className="page__content">{body}</div>
    </Page>
  );
}
