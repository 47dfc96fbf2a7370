package vn.motcua.notification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days skip weekends and the holiday table's days off, and count its swapped working days. */
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

    @Test
    void aSwappedSaturdayIsWorkedAndItsWeekdayIsOff() {
        // 2025: worked Saturday 26/4 to take Friday 2/5 off (30/4 and 1/5 are holidays)
        WorkingCalendar swapped = new WorkingCalendar(Set.of(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 2)), Set.of(LocalDate.of(2025, 4, 26)));
        assertThat(swapped.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(swapped.isWorkingDay(LocalDate.of(2025, 4, 27))).isFalse();
        assertThat(swapped.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        // Friday 25/4 + 1 working day is the Saturday; Tuesday 29/4 + 1 is Monday 5/5
        assertThat(swapped.plusWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(swapped.plusWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
    }
}
