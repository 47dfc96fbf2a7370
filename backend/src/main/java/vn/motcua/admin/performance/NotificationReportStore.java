package vn.motcua.admin.performance;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Notifications to citizens about the dossiers of an officer's subtree, created in a period, per channel and
 * outcome, with the estimated cost (set when a message is sent, from {@code motcua.notifications.prices}).
 */
@ApplicationScoped
public class NotificationReportStore {
    private static final String REPORT = AgencyScope.SCOPE + """
            select n.channel,
                   count(*) filter (where n.status in ('delivered', 'seen')),
                   count(*) filter (where n.status = 'sent'),
                   count(*) filter (where n.status in ('temporary-failure', 'permanent-failure', 'technical-failure')),
                   count(*) filter (where n.status = 'undeliverable'),
                   count(*) filter (where n.status = 'cancelled'),
                   count(*) filter (where n.status in ('created', 'sending')),
                   coalesce(sum(n.estimated_cost), 0)::bigint
              from notification n join dossier d on d.id = n.dossier_id
             where d.agency_id in (select id from scope) and n.created_at >= $2 and n.created_at < $3
             group by n.channel
             order by n.channel nulls last""";

    private final Pool pool;

    public NotificationReportStore(Pool pool) {
        this.pool = pool;
    }

    /** The months {@code from} to {@code to}, both included. */
    public Uni<Summary> byChannel(long agencyId, YearMonth from, YearMonth to) {
        return pool.preparedQuery(REPORT).execute(period(agencyId, ReportPeriod.of(from, to))).map(rows -> {
            List<NotificationRow> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new NotificationRow(r.getString(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4),
                        r.getLong(5), r.getLong(6), r.getLong(7)));
            }
            return new Summary(list);
        });
    }

    /** The channels' rows, their total, and the largest channel (it fills the chart's width). */
    public record Summary(List<NotificationRow> rows) {
        public NotificationRow total() {
            return rows.stream().reduce(new NotificationRow(null, 0, 0, 0, 0, 0, 0, 0), NotificationRow::plus);
        }

        public long scale() {
            return rows.stream().mapToLong(NotificationRow::total).max().orElse(0);
        }

        public List<NotificationRow.Outcome> legend() {
            return NotificationRow.Outcome.ALL;
        }
    }

    private static Tuple period(long agencyId, ReportPeriod period) {
        return Tuple.of(agencyId, period.start(), period.end());
    }
}
