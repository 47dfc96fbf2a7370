package vn.motcua.admin.performance;

import vn.motcua.notification.WorkingCalendar;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Decision 766, indicator 2.1, as the national portal judges one dossier:
 * <ul>
 * <li>the end of processing is the time of the status event (9, else 10, else 8 or 3; 7 ends it too); the
 *     supplement wait is subtracted from it, the fee wait is not;</li>
 * <li>a single supplement request still pending is judged at the time of the request; more than one request is
 *     late;</li>
 * <li>a dossier still in progress is judged at the judgement time (the period's end, or now);</li>
 * <li>without a due date, the due date is the reception plus the procedure's legal time limit in working days of
 *     the {@link WorkingCalendar} (the same calendar as every due date).</li>
 * </ul>
 * Early is an earlier calendar day than the due date; on time is up to the due time; later is late. A dossier in
 * progress that is not late yet counts as on time ("trong hạn").
 */
public final class OnTimeRule {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public enum Verdict { EARLY, ON_TIME, LATE, NOT_JUDGED }

    private OnTimeRule() {
    }

    public static Verdict judge(OnTimeFacts f, OffsetDateTime judgedAt, WorkingCalendar calendar) {
        OffsetDateTime due = dueDate(f, calendar);
        if (due == null) {
            return Verdict.NOT_JUDGED;
        }
        if (f.requests() > 1) {
            return Verdict.LATE;
        }
        if (f.endAt() != null) {
            return compare(f.endAt().minus(f.paused()), due);
        }
        if (f.pendingRequestAt() != null) {
            return compare(f.pendingRequestAt(), due);
        }
        return judgedAt.minus(f.paused()).isAfter(due) ? Verdict.LATE : Verdict.ON_TIME;
    }

    /** The due date sent, else the legal one: reception plus the legal time limit in working days, same time of day. */
    public static OffsetDateTime dueDate(OnTimeFacts f, WorkingCalendar calendar) {
        if (f.dueAt() != null) {
            return f.dueAt();
        }
        if (f.receivedAt() == null || f.legalDays() == null) {
            return null;
        }
        var received = f.receivedAt().atZoneSameInstant(VIETNAM);
        return calendar.plusWorkingDays(received.toLocalDate(), f.legalDays()).atTime(received.toLocalTime())
                .atZone(VIETNAM).toOffsetDateTime();
    }

    private static Verdict compare(OffsetDateTime effectiveEnd, OffsetDateTime due) {
        if (effectiveEnd.isAfter(due)) {
            return Verdict.LATE;
        }
        return effectiveEnd.atZoneSameInstant(VIETNAM).toLocalDate().isBefore(due.atZoneSameInstant(VIETNAM).toLocalDate())
                ? Verdict.EARLY : Verdict.ON_TIME;
    }
}
