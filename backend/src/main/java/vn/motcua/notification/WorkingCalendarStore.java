package vn.motcua.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Loads the working calendar administrators edit ({@code holiday}: days off and swapped working days). */
@ApplicationScoped
public class WorkingCalendarStore {
    private final Pool pool;

    public WorkingCalendarStore(Pool pool) {
        this.pool = pool;
    }

    /** The calendar as it is now (a small table, read whole: an edit applies at the next computation). */
    public Uni<WorkingCalendar> current() {
        return pool.query("select day, working from holiday").execute().map(rows -> {
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> worked = new HashSet<>();
            rows.forEach(r -> (r.getBoolean(1) ? worked : off).add(r.getLocalDate(0)));
            return new WorkingCalendar(Set.copyOf(off), Set.copyOf(worked));
        });
    }
}
