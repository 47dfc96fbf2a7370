package vn.motcua.notification;

import vn.motcua.common.VietnamTime;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** The night (22:00-06:00 in Vietnam by default) when template messages by phone are not sent but deferred. */
public record QuietHours(LocalTime from, LocalTime until) {

    public boolean isQuiet(Instant at) {
        LocalTime time = at.atZone(VietnamTime.ZONE).toLocalTime();
        return from.isAfter(until) ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
    }

    /** The end of the quiet time that contains {@code at}. */
    public Instant endAfter(Instant at) {
        ZonedDateTime local = at.atZone(VietnamTime.ZONE);
        ZonedDateTime end = local.with(until).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
