package vn.motcua.notification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days skip weekends and the holiday table's days. */
class WorkingCalendarTest {
    private final WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 9, 2)));

    @Test
    void weekendsAndHolidaysAreSkipped() {
        // Friday 28 August 2026 + 1 working day: Monday 31 August
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 28), 1)).isEqualTo(LocalDate.of(2026, 8, 31));
        // Monday 31 August + 1: 1 and 2 September are National Day, so Thursday 3 September
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 31), 1)).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 31), 2)).isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
    }
}
