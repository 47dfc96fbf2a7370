package vn.motcua.announcement;

import java.time.OffsetDateTime;

/** A published announcement as citizens see it (the Mini App's news list relies on these names). */
public record PublicAnnouncement(long id, String title, String body, OffsetDateTime publishedAt, String agencyName,
                                 String category, String categoryLabel) {

    static PublicAnnouncement of(long id, String title, String body, OffsetDateTime publishedAt, String agencyName,
                                 AnnouncementCategory category) {
        return new PublicAnnouncement(id, title, body, publishedAt, agencyName, category.code(), category.label());
    }
}
