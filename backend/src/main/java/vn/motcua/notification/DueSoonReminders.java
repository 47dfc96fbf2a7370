package vn.motcua.notification;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Every working morning, reminds the people who hear about a dossier (the view {@code dossier_audience}, the rule
 * {@link RecipientResolver} addresses messages by) when it is due within the configured number of working days (the
 * working calendar: holidays skipped, swapped working days counted). A reminder is an outbox row with a dedupe key
 * per dossier and due date, so a rerun, a second instance or a holiday in between never reminds twice.
 */
@ApplicationScoped
public class DueSoonReminders {
    private static final String REMIND = """
            insert into outbox (dossier_id, kind, from_status, to_status, payload, dedupe_key)
            select d.id, 'DUE_SOON', d.status, d.status,
                   json_build_object('code', d.code, 'dueAt', to_char(d.due_at at time zone 'Asia/Ho_Chi_Minh',
                                     'YYYY-MM-DD"T"HH24:MI:SS"+07:00"'))::text,
                   'due-soon:' || d.id || ':' || (d.due_at at time zone 'Asia/Ho_Chi_Minh')::date
              from dossier d
             where d.status in (2, 4) and d.due_at >= $1 and d.due_at < $2
               and exists (select 1 from dossier_audience a where a.dossier_id = d.id and a.source <> 'optout')
            on conflict (dedupe_key) where dedupe_key is not null do nothing""";

    private final Pool pool;
    private final WorkingCalendars calendars;
    private final int workingDays;

    public DueSoonReminders(Pool pool, WorkingCalendars calendars, NotificationSettings notifications) {
        this.pool = pool;
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
            return pool.preparedQuery(REMIND).execute(Tuple.of(from, until)).map(rows -> rows.rowCount());
        });
    }

    Uni<WorkingCalendar> calendar() {
        return calendars.current();
    }
}
