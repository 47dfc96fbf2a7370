package vn.motcua.common;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as the one-stop world writes them: Asia/Ho_Chi_Minh, national strings yyyyMMddHHmmss. */
public final class VietnamTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter NATIONAL =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter NATIONAL_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private VietnamTime() {
    }

    /** Parses {@code yyyyMMddHHmmss} (or {@code yyyyMMdd}); blank means "not set"; impossible dates throw. */
    public static OffsetDateTime parseNational(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 8) {
                return java.time.LocalDate.parse(value, NATIONAL_DATE).atStartOfDay().atOffset(OFFSET);
            }
            return LocalDateTime.parse(value, NATIONAL).atOffset(OFFSET);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ngày giờ không hợp lệ: '" + value + "' (định dạng yyyyMMddHHmmss)");
        }
    }

    /**
     * A national date as senders really write it: {@code yyyyMMddHHmmss} (or {@code yyyyMMdd}) by the rule, ISO-8601
     * from C# senders whose fields are typed {@code DateTime}.
     */
    public static OffsetDateTime parseNationalOrIso(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            return parseNational(value);
        }
        try {
            return parseIso(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ngày giờ không hợp lệ: '" + shorten(value)
                    + "' (định dạng yyyyMMddHHmmss hoặc ISO-8601)");
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** Parses ISO-8601 with an offset, or a local date-time (or date) taken as Vietnam time. */
    public static OffsetDateTime parseIso(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atOffset(OFFSET);
            } catch (DateTimeParseException withoutTime) {
                try {
                    return java.time.LocalDate.parse(value).atStartOfDay().atOffset(OFFSET);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("invalid date-time '" + shorten(value) + "' (ISO-8601 expected)");
                }
            }
        }
    }

    /** The instant shown in Vietnam's offset, as every API answer writes times. */
    public static OffsetDateTime inVietnam(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(OFFSET);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(OFFSET);
    }
}
