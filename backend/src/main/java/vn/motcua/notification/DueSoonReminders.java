package vn.motcua.notification;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.audience.RecipientStore;
import vn.motcua.common.VietnamTime;
import vn.motcua.outbox.OutboxStore;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Every working morning, reminds the people who hear about a dossier (the view {@code dossier_audience}, the rule
 * {@link RecipientStore} addresses messages by) when it is due within the configured number of working days (the
 * working calendar: holidays skipped, swapped working days counted). A reminder is an outbox row with a dedupe key
 * per dossier and due date, so a rerun, a second instance or a holiday in between never reminds twice.
 */
@ApplicationScoped
public class DueSoonReminders {
    private final OutboxStore outbox;
    private final WorkingCalendarStore calendars;
    private final int workingDays;

    public DueSoonReminders(OutboxStore outbox, WorkingCalendarStore calendars, NotificationSettings notifications) {
        this.outbox = outbox;
        this.calendars = calendars;
        this.workingDays = notifications.dueSoonWorkingDays();
    }

    @Scheduled(cron = "0 0 8 * * ?", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> everyMorning() {
        return remind(LocalDate.now(VietnamTime.ZONE)).invoke(n -> Log.infof("Due-soon reminders: %d", n))
                .replaceWithVoid();
    }

    /** Writes the reminders due on {@code today}: dossiers due after today up to N working days ahead. */
    public Uni<Integer> remind(LocalDate today) {
        if (workingDays <= 0) {
            return Uni.createFrom().item(0);
        }
        return calendar().flatMap(calendar -> {
            if (!calendar.isWorkingDay(today)) {
                return Uni.createFrom().item(0); // the next working morning covers the days in between
            }
            LocalDate last = calendar.plusWorkingDays(today, workingDays);
            OffsetDateTime from = today.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
            OffsetDateTime until = last.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
            return outbox.remindDueSoon(from, until);
        });
    }

    Uni<WorkingCalendar> calendar() {
        return calendars.current();
    }
}
