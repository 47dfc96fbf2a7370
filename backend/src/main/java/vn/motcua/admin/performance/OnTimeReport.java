package vn.motcua.admin.performance;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;
import vn.motcua.common.VietnamTime;
import vn.motcua.notification.WorkingCalendar;
import vn.motcua.notification.WorkingCalendars;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decision 766/QĐ-TTg on-time figures (indicator 2.1) per agency of the officer's subtree and month. The query reads
 * what {@link OnTimeRule} needs per dossier: dossiers accepted before the judgement time that ended processing within
 * it (by the status events, see the rule) or were still in progress at its end; those are judged at the period's
 * end (or now, for the current month) and counted in its last month.
 */
@ApplicationScoped
public class OnTimeReport {
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
    private final WorkingCalendars calendars;

    public OnTimeReport(Pool pool, WorkingCalendars calendars) {
        this.pool = pool;
        this.calendars = calendars;
    }

    /** Rows for the months {@code from} to {@code to} (both included), newest month first. */
    public Uni<List<OnTimeRow>> onTime(long agencyId, YearMonth from, YearMonth to) {
        return onTime(agencyId, from, to, VietnamTime.now());
    }

    /** The same, judging dossiers still in progress at the period's end or at {@code now}, whichever is earlier. */
    public Uni<List<OnTimeRow>> onTime(long agencyId, YearMonth from, YearMonth to, OffsetDateTime now) {
        Tuple period = period(agencyId, from, to);
        OffsetDateTime end = period.getOffsetDateTime(2);
        OffsetDateTime judgedAt = now.isBefore(end) ? now : end;
        return calendars.current().flatMap(calendar -> pool.preparedQuery(FACTS)
                .execute(period.addOffsetDateTime(judgedAt))
                .map(rows -> tally(rows, judgedAt, calendar)));
    }

    private static List<OnTimeRow> tally(Iterable<Row> rows, OffsetDateTime judgedAt, WorkingCalendar calendar) {
        Map<String, OnTimeRow> byKey = new LinkedHashMap<>();
        String lastMonth = month(judgedAt.minusNanos(1000));
        for (Row r : rows) {
            OnTimeFacts facts = new OnTimeFacts(r.getString(0), r.getOffsetDateTime(1), r.getOffsetDateTime(2),
                    r.getInteger(3), r.getOffsetDateTime(4), Duration.ofSeconds(r.getLong(5)), r.getLong(6).intValue(),
                    r.getOffsetDateTime(7));
            OnTimeRule.Verdict verdict = OnTimeRule.judge(facts, judgedAt, calendar);
            if (verdict == OnTimeRule.Verdict.NOT_JUDGED) {
                continue;
            }
            boolean inProgress = facts.endAt() == null;
            String month = inProgress ? lastMonth : month(facts.endAt());
            byKey.merge(facts.agencyName() + "|" + month, new OnTimeRow(facts.agencyName(), month, 0, 0, 0, 0)
                    .plus(verdict, inProgress), (a, b) -> a.plus(verdict, inProgress));
        }
        List<OnTimeRow> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparing(OnTimeRow::month).reversed().thenComparing(OnTimeRow::agencyName));
        return list;
    }

    private static String month(OffsetDateTime time) {
        return YearMonth.from(time.atZoneSameInstant(VietnamTime.ZONE)).toString();
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
