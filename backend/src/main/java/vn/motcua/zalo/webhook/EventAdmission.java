package vn.motcua.zalo.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a correctly signed event is one the bot may act on. An event that is not (dated years off, ids no Zalo
 * account has) is acknowledged and ignored rather than refused: Zalo redelivers anything not answered 200 for
 * hours and then switches the webhook off, which would cut off every citizen for one unusable event.
 */
final class EventAdmission {
    /** Zalo's ids are numeric strings of about 19 digits; the columns that keep them hold 64 and 100. */
    static final int MAX_USER_ID = 64;
    static final int MAX_MSG_ID = 100;
    static final int MAX_EVENT_NAME = 100;
    static final int MAX_MSG_IDS = 100;
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{1,15}");

    private final Duration maxAge;
    private final Duration maxSkew;

    EventAdmission(Duration maxAge, Duration maxSkew) {
        this.maxAge = maxAge;
        this.maxSkew = maxSkew;
    }

    /** Why the event is ignored (a short reason, used as a metric tag), or empty when it may be stored. */
    Optional<String> ignoreReason(ZaloEvent event, Instant now) {
        if (event.timestamp() == null || !EPOCH_MILLIS.matcher(event.timestamp()).matches()) {
            return Optional.of("bad-timestamp");
        }
        Instant at = Instant.ofEpochMilli(Long.parseLong(event.timestamp()));
        if (at.isBefore(now.minus(maxAge))) {
            return Optional.of("stale");
        }
        if (at.isAfter(now.plus(maxSkew))) {
            return Optional.of("future");
        }
        if (event.eventName().length() > MAX_EVENT_NAME) {
            return Optional.of("oversized-field");
        }
        if (tooLong(event.userId(), MAX_USER_ID) || tooLong(event.recipientId(), MAX_USER_ID)
                || tooLong(event.msgId(), MAX_MSG_ID) || event.msgIds().size() > MAX_MSG_IDS
                || event.msgIds().stream().anyMatch(id -> tooLong(id, MAX_MSG_ID))) {
            return Optional.of("oversized-field");
        }
        return Optional.empty();
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }
}
