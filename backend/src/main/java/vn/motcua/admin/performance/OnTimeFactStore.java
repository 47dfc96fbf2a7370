package vn.motcua.admin.performance;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the on-time report judges, read per dossier of an agency subtree: the facts {@link OnTimeRule} needs, and
 * the citizens' ratings. Dossiers accepted before the judgement time that ended processing within the period (by
 * the status events, see the rule) or were still in progress at its end.
 */
@ApplicationScoped
public class OnTimeFactStore {
    private static final String FACTS = AgencyScope.SCOPE + """
            , d as (
                select d.id, a.name as agency_name, d.status, d.received_at, d.due_at, d.finished_at, d.returned_at,
                       d.status_event_at, p.processing_days
                  from dossier d
                  join agency a on a.id = d.agency_id
                  left join procedure p on p.id = d.procedure_id
                 where d.agency_id in (select id from scope) and d.status <> 1
                   and coalesce(d.received_at, d.created_at) < $4::timestamptz
            ), ended as (
                select d.*, coalesce(
                         (select min(e.occurred_at) from dossier_event e where e.dossier_id = d.id and e.status = 9),
                         (select min(e.occurred_at) from dossier_event e where e.dossier_id = d.id and e.status = 10),
                         (select min(e.occurred_at) from dossier_event e where e.dossier_id = d.id and e.status in (3, 7, 8)),
                         case when d.status in (3, 7, 8, 9, 10)
                              then coalesce(d.finished_at, d.returned_at, d.status_event_at) end) as end_at
                  from d
            ), cand as (
                select c.*, case when c.end_at < $3 then c.end_at else $4::timestamptz end as judged_at
                  from ended c
                 where c.end_at is null or c.end_at >= $2
            ), ev as (
                select e.dossier_id, e.id, e.status, e.occurred_at,
                       lead(e.occurred_at) over w as next_at, lag(e.status) over w as prev_status
                  from dossier_event e join cand c on c.id = e.dossier_id
                 where e.status is not null and e.occurred_at < c.judged_at
                window w as (partition by e.dossier_id order by e.occurred_at, e.id)
            ), agg as (
                select c.id,
                       coalesce(sum(least(coalesce(ev.next_at, c.judged_at), c.judged_at) - ev.occurred_at)
                                filter (where ev.status = 5), interval '0') as paused,
                       count(ev.id) filter (where ev.status = 5 and coalesce(ev.prev_status, 0) <> 5) as requests,
                       (array_agg(ev.status order by ev.occurred_at desc, ev.id desc) filter (where ev.id is not null))[1]
                           as last_status,
                       max(ev.occurred_at) filter (where ev.status = 5 and coalesce(ev.prev_status, 0) <> 5)
                           as last_request_at
                  from cand c left join ev on ev.dossier_id = c.id
                 group by c.id
            )
            select c.agency_name, c.received_at, c.due_at, c.processing_days,
                   case when c.end_at < $3 then c.end_at end,
                   extract(epoch from a.paused)::bigint,
                   greatest(a.requests, (select count(*) from supplement_request s where s.dossier_id = c.id
                                            and (s.requested_at is null or s.requested_at < c.judged_at))),
                   case when (c.end_at is null or c.end_at >= $3)
                             and (a.last_status = 5 or (a.last_status is null and c.status = 5))
                        then coalesce(a.last_request_at,
                                      (select max(s.requested_at) from supplement_request s where s.dossier_id = c.id),
                                      c.status_event_at) end
              from cand c join agg a on a.id = c.id""";
    private static final String RATINGS = AgencyScope.SCOPE + """
            select r.level, count(*)
              from dossier_rating r join dossier d on d.id = r.dossier_id
             where d.agency_id in (select id from scope) and r.rated_at >= $2 and r.rated_at < $3
             group by r.level""";

    private final Pool pool;

    public OnTimeFactStore(Pool pool) {
        this.pool = pool;
    }

    /** The facts of the period [{@code start}, {@code end}), dossiers in progress judged at {@code judgedAt}. */
    public Uni<List<OnTimeFacts>> facts(long agencyId, OffsetDateTime start, OffsetDateTime end, OffsetDateTime judgedAt) {
        return pool.preparedQuery(FACTS).execute(Tuple.of(agencyId, start, end, judgedAt)).map(rows -> {
            List<OnTimeFacts> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new OnTimeFacts(r.getString(0), r.getOffsetDateTime(1), r.getOffsetDateTime(2),
                        r.getInteger(3), r.getOffsetDateTime(4), Duration.ofSeconds(r.getLong(5)),
                        r.getLong(6).intValue(), r.getOffsetDateTime(7)));
            }
            return list;
        });
    }

    /** Ratings given in [{@code start}, {@code end}): the count per satisfaction level, index 0 for level 1. */
    public Uni<long[]> ratingsPerLevel(long agencyId, OffsetDateTime start, OffsetDateTime end) {
        return pool.preparedQuery(RATINGS).execute(Tuple.of(agencyId, start, end)).map(rows -> {
            long[] counts = new long[3];
            for (Row r : rows) {
                counts[r.getInteger(0) - 1] = r.getLong(1);
            }
            return counts;
        });
    }
}
