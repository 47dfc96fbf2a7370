package vn.motcua.admin.performance;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;
import vn.motcua.common.VietnamTime;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Decision 766/QĐ-TTg on-time figures per agency and month of finishing. A dossier's elapsed time loses the
 * periods spent waiting for the citizen's supplement (from each status-5 event to the next status event, or to
 * the finish); its effective finish is then compared with the due date: an earlier calendar day is early, the
 * due day itself (not after the due time) is on time, anything later is late. More than one supplement request
 * makes a dossier late whatever its dates.
 */
@ApplicationScoped
public class OnTimeReport {
    private static final String REPORT = AgencyScope.SCOPE + """
            , fin as (
                select d.id, d.agency_id, d.due_at, d.finished_at
                  from dossier d
                 where d.agency_id in (select id from scope) and d.finished_at is not null and d.due_at is not null
                   and d.finished_at >= $2 and d.finished_at < $3
            ), ev as (
                select e.dossier_id, e.status, e.occurred_at,
                       lead(e.occurred_at) over w as next_at, lag(e.status) over w as prev_status
                  from dossier_event e join fin f on f.id = e.dossier_id
                 where e.status is not null
                window w as (partition by e.dossier_id order by e.occurred_at, e.id)
            ), paused as (
                select f.id,
                       coalesce(sum(greatest(interval '0', least(coalesce(ev.next_at, f.finished_at), f.finished_at) - ev.occurred_at))
                                filter (where ev.status = 5), interval '0') as paused,
                       count(ev.status) filter (where ev.status = 5 and coalesce(ev.prev_status, 0) <> 5) as requests
                  from fin f left join ev on ev.dossier_id = f.id
                 group by f.id
            ), judged as (
                select f.agency_id, to_char(f.finished_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month,
                       f.finished_at - p.paused as effective, f.due_at,
                       greatest(p.requests, (select count(*) from supplement_request s where s.dossier_id = f.id)) as requests
                  from fin f join paused p on p.id = f.id
            )
            select a.name, j.month,
                   count(*) filter (where j.requests <= 1 and (j.effective at time zone 'Asia/Ho_Chi_Minh')::date
                                                           < (j.due_at at time zone 'Asia/Ho_Chi_Minh')::date),
                   count(*) filter (where j.requests <= 1 and j.effective <= j.due_at
                                      and (j.effective at time zone 'Asia/Ho_Chi_Minh')::date
                                          = (j.due_at at time zone 'Asia/Ho_Chi_Minh')::date),
                   count(*) filter (where j.requests > 1 or j.effective > j.due_at)
              from judged j join agency a on a.id = j.agency_id
             group by a.name, j.month
             order by j.month desc, a.name""";
    private static final String RATINGS = AgencyScope.SCOPE + """
            select r.level, count(*)
              from dossier_rating r join dossier d on d.id = r.dossier_id
             where d.agency_id in (select id from scope) and r.rated_at >= $2 and r.rated_at < $3
             group by r.level""";

    private final Pool pool;

    public OnTimeReport(Pool pool) {
        this.pool = pool;
    }

    /** Rows for the months {@code from} to {@code to} (both included), newest month first. */
    public Uni<List<OnTimeRow>> onTime(long agencyId, YearMonth from, YearMonth to) {
        return pool.preparedQuery(REPORT).execute(period(agencyId, from, to)).map(rows -> {
            List<OnTimeRow> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new OnTimeRow(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
            }
            return list;
        });
    }

    /** Ratings given in the period, per satisfaction level. */
    public Uni<Ratings> ratings(long agencyId, YearMonth from, YearMonth to) {
        return pool.preparedQuery(RATINGS).execute(period(agencyId, from, to)).map(rows -> {
            long[] counts = new long[3];
            for (Row r : rows) {
                counts[r.getInteger(0) - 1] = r.getLong(1);
            }
            return new Ratings(counts[2], counts[1], counts[0]);
        });
    }

    public record Ratings(long verySatisfied, long satisfied, long notSatisfied) {
    }

    static Tuple period(long agencyId, YearMonth from, YearMonth to) {
        return Tuple.of(agencyId, from.atDay(1).atStartOfDay().atOffset(VietnamTime.OFFSET),
                to.plusMonths(1).atDay(1).atStartOfDay().atOffset(VietnamTime.OFFSET));
    }
}
