package vn.motcua.admin.settings;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AdminAudit;
import vn.motcua.common.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Public holidays that working-day arithmetic skips (due dates, reminders, the on-time dashboard). */
@ApplicationScoped
public class Holidays {
    private final Pool pool;

    public Holidays(Pool pool) {
        this.pool = pool;
    }

    /** This year's holidays and every later one. */
    public Uni<List<Holiday>> list() {
        return pool.query("select day, name from holiday where day >= date_trunc('year', now() at time zone 'Asia/Ho_Chi_Minh') "
                + "order by day").execute().map(rows -> {
            List<Holiday> days = new ArrayList<>();
            for (Row r : rows) {
                days.add(new Holiday(r.getLocalDate(0), r.getString(1)));
            }
            return days;
        });
    }

    public Uni<Void> add(SecurityIdentity admin, LocalDate day, String name) {
        return pool.withTransaction(c -> c.preparedQuery("insert into holiday (day, name) values ($1, $2) on conflict (day) do nothing")
                .execute(Tuple.of(day, name)).flatMap(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new ProblemException(409, "holiday-exists", "Ngày nghỉ đã có",
                                "Ngày " + day + " đã có trong danh sách ngày nghỉ.");
                    }
                    return AdminAudit.record(c, admin, "holiday-add", "holiday:" + day, null, name);
                }));
    }

    public Uni<Void> delete(SecurityIdentity admin, LocalDate day) {
        return pool.withTransaction(c -> c.preparedQuery("delete from holiday where day = $1 returning name").execute(Tuple.of(day))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("Không tìm thấy ngày nghỉ", "Ngày " + day + " không có trong danh sách.");
                    }
                    return AdminAudit.record(c, admin, "holiday-delete", "holiday:" + day, rows.iterator().next().getString(0), null);
                }));
    }

    public record Holiday(LocalDate day, String name) {
    }
}
