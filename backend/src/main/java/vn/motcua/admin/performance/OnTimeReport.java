package vn.motcua.admin.performance;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;
import vn.motcua.notification.WorkingCalendar;
import vn.motcua.notification.WorkingCalendarStore;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decision 766/QĐ-TTg on-time figures (indicator 2.1) per agency of the officer's subtree and month. {@link OnTimeFactStore}
 * reads what {@link OnTimeRule} needs per dossier: dossiers accepted before the judgement time that ended processing within
 * it (by the status events, see the rule) or were still in progress at its end; those are judged at the period's
 * end (or now, for the current month) and counted in its last month.
 */
@ApplicationScoped
public class OnTimeReport {
    private final OnTimeFactStore store;
    private final WorkingCalendarStore calendars;

    public OnTimeReport(OnTimeFactStore store, WorkingCalendarStore calendars) {
        this.store = store;
        this.calendars = calendars;
    }

    /** Rows for the months {@code from} to {@code to} (both included), newest month first. */
    public Uni<List<OnTimeRow>> onTime(long agencyId, YearMonth from, YearMonth to) {
        return onTime(agencyId, from, to, VietnamTime.now());
    }

    /** The same, judging dossiers still in progress at the period's end or at {@code now}, whichever is earlier. */
    public Uni<List<OnTimeRow>> onTime(long agencyId, YearMonth from, YearMonth to, OffsetDateTime now) {
        ReportPeriod period = ReportPeriod.of(from, to);
        OffsetDateTime judgedAt = now.isBefore(period.end()) ? now : period.end();
        return calendars.current().flatMap(calendar -> store.facts(agencyId, period.start(), period.end(), judgedAt)
                .map(facts -> tally(facts, judgedAt, calendar)));
    }

    private static List<OnTimeRow> tally(List<OnTimeFacts> dossiers, OffsetDateTime judgedAt, WorkingCalendar calendar) {
        Map<String, OnTimeRow> byKey = new LinkedHashMap<>();
        String lastMonth = month(judgedAt.minusNanos(1000));
        for (OnTimeFacts facts : dossiers) {
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
        ReportPeriod period = ReportPeriod.of(from, to);
        return store.ratingsPerLevel(agencyId, period.start(), period.end())
                .map(counts -> new Ratings(counts[2], counts[1], counts[0]));
    }

    public record Ratings(long verySatisfied, long satisfied, long notSatisfied) {
    }
}
