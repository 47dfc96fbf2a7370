package vn.motcua.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Template messages by phone wait out 22:00-06:00 in Vietnam, whatever the server's own time zone. */
class QuietHoursTest {
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0));

    private static Instant vn(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    @Test
    void theNightIsQuietAcrossMidnightAndTheDayIsNot() {
        assertThat(night.isQuiet(vn("2026-11-26T21:59:59"))).isFalse();
        assertThat(night.isQuiet(vn("2026-11-26T22:00:00"))).isTrue();
        assertThat(night.isQuiet(vn("2026-11-27T03:00:00"))).isTrue();
        assertThat(night.isQuiet(vn("2026-11-27T05:59:59"))).isTrue();
        assertThat(night.isQuiet(vn("2026-11-27T06:00:00"))).isFalse();
        assertThat(night.isQuiet(vn("2026-11-27T12:00:00"))).isFalse();
    }

    @Test
    void aDeferredMessageGoesAtSixInTheMorningOfTheRightDay() {
        assertThat(night.endAfter(vn("2026-11-26T23:30:00"))).isEqualTo(vn("2026-11-27T06:00:00"));
        assertThat(night.endAfter(vn("2026-11-27T01:15:00"))).isEqualTo(vn("2026-11-27T06:00:00"));
    }

    @Test
    void equalBoundsMeanNeverQuiet() {
        QuietHours never = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertThat(never.isQuiet(vn("2026-11-26T23:30:00"))).isFalse();
        assertThat(never.isQuiet(vn("2026-11-26T00:00:00"))).isFalse();
    }
}
