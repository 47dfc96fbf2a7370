package vn.motcua.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday, except the public holidays, plus the swapped working days (a Saturday or Sunday
 * worked to take a weekday off). The one calendar behind due-soon reminders, the Decision 766 dashboard and every due
 * date the product computes; {@link WorkingCalendarStore} loads it from the {@code holiday} table.
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workedDays) {

    /** Weekends and holidays only, no swapped working day. */
    public WorkingCalendar(Set<LocalDate> holidays) {
        this(holidays, Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workedDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The working day {@code days} working days after {@code from} (from itself does not count). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
