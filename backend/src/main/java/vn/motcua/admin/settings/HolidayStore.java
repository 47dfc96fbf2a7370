package vn.motcua.admin.settings;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AuditTrailStore;
import vn.motcua.common.problem.ProblemException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The working calendar administrators edit: public holidays that working-day arithmetic skips, and swapped working
 * days (a Saturday or Sunday worked to take a weekday off) that it counts. Used by due dates, reminders and the
 * on-time dashboard alike.
 */
@ApplicationScoped
public class HolidayStore {
    private final Pool pool;

    public HolidayStore(Pool pool) {
        this.pool = pool;
    }

    /** This year's holidays and every later one. */
    public Uni<List<Holiday>> list() {
        return pool.query("select day, name, working from holiday "
                + "where day >= date_trunc('year', now() at time zone 'Asia/Ho_Chi_Minh') order by day").execute().map(rows -> {
            List<Holiday> days = new ArrayList<>();
            for (Row r : rows) {
                days.add(new Holiday(r.getLocalDate(0), r.getString(1), r.getBoolean(2)));
            }
            return days;
        });
    }

    public Uni<Void> add(SecurityIdentity admin, LocalDate day, String name) {
        return add(admin, day, name, false);
    }

    /** A day off, or ({@code working}) a Saturday or Sunday worked in exchange for a weekday off. */
    public Uni<Void> add(SecurityIdentity admin, LocalDate day, String name, boolean working) {
        if (working && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw ProblemException.badRequest("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật (ngày " + day
                    + " vốn là ngày làm việc). Ngày được nghỉ để đổi lấy ngày làm bù thì thêm như một ngày nghỉ.");
        }
        return pool.withTransaction(c -> c.preparedQuery("insert into holiday (day, name, working) values ($1, $2, $3) "
                        + "on conflict (day) do nothing")
                .execute(Tuple.of(day, name, working)).flatMap(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new ProblemException(409, "holiday-exists", "Ngày đã có trong lịch",
                                "Ngày " + day + " đã có trong lịch ngày nghỉ, ngày làm bù.");
                    }
                    return AuditTrailStore.record(c, admin, working ? "workday-add" : "holiday-add", "holiday:" + day, null, name);
                }));
    }

    public Uni<Void> delete(SecurityIdentity admin, LocalDate day) {
        return pool.withTransaction(c -> c.preparedQuery("delete from holiday where day = $1 returning name").execute(Tuple.of(day))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("Không tìm thấy ngày nghỉ", "Ngày " + day + " không có trong danh sách.");
                    }
                    return AuditTrailStore.record(c, admin, "holiday-delete", "holiday:" + day, rows.iterator().next().getString(0), null);
                }));
    }

    /** A day of the calendar: off, or ({@code working}) a swapped working day. */
    public record Holiday(LocalDate day, String name, boolean working) {
    }
}
