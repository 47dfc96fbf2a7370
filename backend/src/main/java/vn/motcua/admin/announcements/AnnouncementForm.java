package vn.motcua.admin.announcements;

import vn.motcua.admin.FormValues;
import vn.motcua.announcement.AnnouncementCategory;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The announcement form, checked: title and body required, a category (general when not given), optional agency
 * (none: the whole province) and end.
 */
public record AnnouncementForm(String title, String body, Long agencyId, OffsetDateTime expiresAt,
                               AnnouncementCategory category) {

    public static AnnouncementForm of(String title, String body, String agencyId, String expiresAt, String category) {
        int agency = FormValues.parseInt(agencyId, 0);
        return new AnnouncementForm(FormValues.required(title, "tiêu đề", 200), FormValues.required(body, "nội dung", 4000),
                agency <= 0 ? null : (long) agency, expiry(expiresAt), category(category));
    }

    private static AnnouncementCategory category(String value) {
        String v = FormValues.blankToNull(value);
        return v == null ? AnnouncementCategory.GENERAL : AnnouncementCategory.fromCode(v)
                .orElseThrow(() -> ProblemException.badRequest("Chuyên mục không hợp lệ: " + v));
    }

    private static OffsetDateTime expiry(String value) {
        String v = FormValues.blankToNull(value);
        try {
            return v == null ? null : LocalDateTime.parse(v).atOffset(VietnamTime.OFFSET);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Ngày hết hạn không hợp lệ.");
        }
    }

    public String describe() {
        return "title=" + title + ", category=" + category.code() + ", agencyId=" + agencyId + ", expiresAt=" + expiresAt;
    }
}
