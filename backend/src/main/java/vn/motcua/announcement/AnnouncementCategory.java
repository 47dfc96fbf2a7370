package vn.motcua.announcement;

import java.util.Arrays;
import java.util.Optional;

/** What an announcement is about; codes are the public API's and the database's, labels what citizens read. */
public enum AnnouncementCategory {
    GENERAL("general", "Thông báo chung"),
    PROCEDURES("procedures", "Thủ tục hành chính"),
    BUSINESS("business", "Hỗ trợ đầu tư, doanh nghiệp");

    private final String code;
    private final String label;

    AnnouncementCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<AnnouncementCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** Rows written before categories existed, or by an older version, read as general notices. */
    public static AnnouncementCategory ofStored(String code) {
        return fromCode(code).orElse(GENERAL);
    }
}
