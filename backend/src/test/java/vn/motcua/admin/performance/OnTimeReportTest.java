package vn.motcua.admin.performance;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.AdminFixture;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.OffsetDateTime;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicator 2.1 on crafted dossiers, one rule each: the end time from the status events, a single pending supplement
 * request judged at its request time, dossiers in progress judged at the period's end, a dossier without a due date
 * judged against the procedure's legal time limit on the working calendar (with 2025's swapped Saturday).
 */
@QuarkusTest
class OnTimeReportTest {
    static final Class<?> DB = PostgresTest.class;
    static final String AGENCY = "UBND xã Hàm Thuận Bắc";

    @Inject
    OnTimeReport report;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        Db.execute("insert into procedure(code, name, processing_days) values ('P3', 'Thủ tục ba ngày', 3)");
    }

    private static void dossier(String code, int status, String received, String due, String finished) {
        Db.execute("insert into dossier (code, lookup_key, agency_id, procedure_id, status, source_system, received_at, "
                + "due_at, finished_at) select '" + code + "', '" + code + "', a.id, p.id, " + status + ", 'test', '"
                + received + "', " + quoted(due) + ", " + quoted(finished) + " from agency a, procedure p "
                + "where a.code = '" + AdminFixture.COMMUNE + "' and p.code = 'P3'");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static void event(String code, int n, int status, String at) {
        Db.execute("insert into dossier_event (dossier_id, event_key, status, occurred_at, applied) select id, 'e" + n
                + "', " + status + ", '" + at + "', true from dossier where code = '" + code + "'");
    }

    private OnTimeRow only(YearMonth from, YearMonth to, OffsetDateTime now) {
        var rows = report.onTime(AdminFixture.agencyId(AdminFixture.COMMUNE), from, to, now).await().indefinitely();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void theEndIsTheStatusEventNotOnlyNgayKetThucXuLy() {
        // no NgayKetThucXuLy at all: the "đã xử lý xong" event ends it, early
        dossier("NO-FINISH-DATE", 10, "2026-10-01 08:00+07", "2026-10-15 17:00+07", null);
        event("NO-FINISH-DATE", 1, 9, "2026-10-12 10:00+07");
        event("NO-FINISH-DATE", 2, 10, "2026-10-20 10:00+07");
        // NgayKetThucXuLy says late, the status event says on time: the event wins (9 before 10)
        dossier("EVENT-WINS", 10, "2026-10-01 08:00+07", "2026-10-15 17:00+07", "2026-10-19 09:00+07");
        event("EVENT-WINS", 1, 10, "2026-10-16 09:00+07");
        event("EVENT-WINS", 2, 9, "2026-10-15 16:00+07");
        // only returned (10), late
        dossier("RETURNED-LATE", 10, "2026-10-01 08:00+07", "2026-10-15 17:00+07", null);
        event("RETURNED-LATE", 1, 10, "2026-10-16 09:00+07");
        // a withdrawal ends processing too, before the due date
        dossier("WITHDRAWN", 7, "2026-10-01 08:00+07", "2026-10-15 17:00+07", null);
        event("WITHDRAWN", 1, 7, "2026-10-05 09:00+07");
        // stopped after the due date: late
        dossier("STOPPED", 8, "2026-10-01 08:00+07", "2026-10-15 17:00+07", null);
        event("STOPPED", 1, 8, "2026-10-20 09:00+07");

        assertThat(only(YearMonth.of(2026, 10), YearMonth.of(2026, 10), OffsetDateTime.parse("2026-12-01T00:00:00+07:00")))
                .isEqualTo(new OnTimeRow(AGENCY, "2026-10", 2, 1, 2, 0));
    }

    @Test
    void aSinglePendingSupplementRequestIsJudgedAtItsRequestTimeAndASecondOneIsLate() {
        // still waiting for the citizen at the period's end, long past the due date: judged when it was asked
        dossier("ONE-PENDING", 5, "2026-10-01 08:00+07", "2026-10-15 17:00+07", null);
        event("ONE-PENDING", 1, 2, "2026-10-01 08:00+07");
        event("ONE-PENDING", 2, 5, "2026-10-15 09:00+07");
        // the second request, still pending: late
        dossier("TWO-PENDING", 5, "2026-10-01 08:00+07", "2026-10-15 17:00+07", null);
        event("TWO-PENDING", 1, 5, "2026-10-03 09:00+07");
        event("TWO-PENDING", 2, 4, "2026-10-05 09:00+07");
        event("TWO-PENDING", 3, 5, "2026-10-07 09:00+07");

        assertThat(only(YearMonth.of(2026, 10), YearMonth.of(2026, 10), OffsetDateTime.parse("2026-12-01T00:00:00+07:00")))
                .isEqualTo(new OnTimeRow(AGENCY, "2026-10", 0, 1, 1, 2));
    }

    @Test
    void dossiersStillInProgressAreJudgedAtThePeriodsEnd() {
        // due within October, not done at its end: late; due in November: still on time at the end of October
        dossier("OPEN-LATE", 4, "2026-09-20 08:00+07", "2026-10-20 17:00+07", null);
        dossier("OPEN-IN-TIME", 4, "2026-10-20 08:00+07", "2026-11-05 17:00+07", null);
        // waited six days for documents: its due date, net of the wait, is not passed at the end of October
        dossier("OPEN-PAUSED", 4, "2026-10-01 08:00+07", "2026-10-28 17:00+07", null);
        event("OPEN-PAUSED", 1, 5, "2026-10-10 09:00+07");
        event("OPEN-PAUSED", 2, 4, "2026-10-16 09:00+07");
        // received after the period: not counted
        dossier("LATER", 4, "2026-11-03 08:00+07", "2026-11-20 17:00+07", null);

        assertThat(only(YearMonth.of(2026, 9), YearMonth.of(2026, 10), OffsetDateTime.parse("2026-12-01T00:00:00+07:00")))
                .isEqualTo(new OnTimeRow(AGENCY, "2026-10", 0, 2, 1, 3));
        // the current month: judged now, in the current month's row
        assertThat(only(YearMonth.of(2026, 10), YearMonth.of(2026, 11), OffsetDateTime.parse("2026-10-25T12:00:00+07:00")))
                .isEqualTo(new OnTimeRow(AGENCY, "2026-10", 0, 2, 1, 3));
    }

    @Test
    void withoutADueDateTheLegalTimeLimitCountsWorkingDaysOfTheCalendarWithSwappedDays() {
        // received Thursday 24/4/2025; three working days: Friday 25, Saturday 26 (worked in exchange for Friday
        // 2/5), Monday 28. 30/4 to 2/5 are days off.
        dossier("LEGAL-LATE", 9, "2025-04-24 09:00+07", null, null);
        event("LEGAL-LATE", 1, 9, "2025-04-29 10:00+07");
        dossier("LEGAL-ON-TIME", 9, "2025-04-24 09:00+07", null, null);
        event("LEGAL-ON-TIME", 1, 9, "2025-04-28 08:30+07");
        dossier("LEGAL-EARLY", 9, "2025-04-24 09:00+07", null, null);
        event("LEGAL-EARLY", 1, 9, "2025-04-26 11:00+07");

        assertThat(only(YearMonth.of(2025, 4), YearMonth.of(2025, 4), OffsetDateTime.parse("2026-12-01T00:00:00+07:00")))
                .isEqualTo(new OnTimeRow(AGENCY, "2025-04", 1, 1, 1, 0));
        assertThat(Db.count("select count(*) from holiday where day = '2025-04-26' and working")).isEqualTo(1);
    }
}
