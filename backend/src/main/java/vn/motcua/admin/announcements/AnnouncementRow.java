package vn.motcua.admin.announcements;

import vn.motcua.announcement.AnnouncementCategory;

import java.time.OffsetDateTime;

/** An announcement as officers manage it; {@code agencyId} null means the whole province. */
public record AnnouncementRow(long id, String title, String body, Long agencyId, String agencyName,
                              OffsetDateTime publishedAt, OffsetDateTime expiresAt, OffsetDateTime updatedAt,
                              AnnouncementCategory category) {

    public boolean published() {
        return publishedAt != null;
    }

    public boolean expired() {
        return expiresAt != null && expiresAt.isBefore(OffsetDateTime.now());
    }
}
