package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.performance.OnTimeReport;
import vn.motcua.admin.performance.OnTimeRow;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.session;

/**
 * Decision 766 figures on crafted dossiers (due 15/10/2026 17:00): the supplement wait is subtracted, more than
 * one supplement request is late, and each officer sees only their subtree.
 */
@QuarkusTest
class PerformancePagesTest {
    static final Class<?> DB = PostgresTest.class;
    static final String DUE = "2026-10-15 17:00+07";

    @Inject
    OnTimeReport report;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        dossier("EARLY", AdminFixture.COMMUNE, "2026-10-10 09:00+07");
        dossier("DUE-DAY", AdminFixture.COMMUNE, "2026-10-15 10:00+07");
        dossier("LATE", AdminFixture.COMMUNE, "2026-10-17 09:00+07");
        // finished a week after the due date, but waited 7 days for the citizen's documents: on time
        dossier("PAUSED", AdminFixture.COMMUNE, "2026-10-22 10:00+07");
        event("PAUSED", 1, 2, "2026-10-01 08:00+07");
        event("PAUSED", 2, 5, "2026-10-05 09:00+07");
        event("PAUSED", 3, 4, "2026-10-12 09:00+07");
        event("PAUSED", 4, 9, "2026-10-22 10:00+07");
        // early by its dates, but two supplement requests: late
        dossier("TWICE", AdminFixture.COMMUNE, "2026-10-11 09:00+07");
        event("TWICE", 1, 5, "2026-10-02 09:00+07");
        event("TWICE", 2, 4, "2026-10-03 09:00+07");
        event("TWICE", 3, 5, "2026-10-04 09:00+07");
        event("TWICE", 4, 4, "2026-10-05 09:00+07");
        // still waiting for the supplement when it was stopped: the wait until the finish is subtracted
        dossier("STOPPED-WAITING", AdminFixture.COMMUNE, "2026-10-25 09:00+07");
        event("STOPPED-WAITING", 1, 5, "2026-10-12 09:00+07");
        dossier("OTHER-LATE", AdminFixture.OTHER_COMMUNE, "2026-10-30 09:00+07");
        dossier("SEPTEMBER", AdminFixture.COMMUNE, "2026-09-30 23:30+07");
        rating("EARLY", 3);
        rating("DUE-DAY", 2);
        rating("OTHER-LATE", 1);
    }

    private static void dossier(String code, String agency, String finishedAt) {
        Db.execute("insert into dossier (code, lookup_key, agency_id, status, source_system, received_at, due_at, finished_at) "
                + "select '" + code + "', '" + code + "', id, 9, 'test', '2026-10-01 08:00+07', '" + DUE + "', '" + finishedAt
                + "' from agency where code = '" + agency + "'");
    }

    private static void event(String code, int n, int status, String at) {
        Db.execute("insert into dossier_event (dossier_id, event_key, status, occurred_at, applied) select id, 'e" + n + "', "
                + status + ", '" + at + "', true from dossier where code = '" + code + "'");
    }

    private static void rating(String code, int level) {
        Db.execute("insert into dossier_rating (dossier_id, level, channel, rated_at, updated_at) select id, " + level
                + ", 'miniapp', '2026-10-31 10:00+07', now() from dossier where code = '" + code + "'");
    }

    @Test
    void classifiesEarlyOnTimeAndLateSubtractingTheSupplementWait() {
        long commune = AdminFixture.agencyId(AdminFixture.COMMUNE);
        var rows = report.onTime(commune, YearMonth.of(2026, 9), YearMonth.of(2026, 10)).await().indefinitely();
        // early: EARLY, STOPPED-WAITING; on time: DUE-DAY, PAUSED; late: LATE, TWICE
        assertThat(rows).containsExactly(
                new OnTimeRow("UBND xã Hàm Thuận Bắc", "2026-10", 2, 2, 2),
                new OnTimeRow("UBND xã Hàm Thuận Bắc", "2026-09", 1, 0, 0));
        var ratings = report.ratings(commune, YearMonth.of(2026, 10), YearMonth.of(2026, 10)).await().indefinitely();
        assertThat(ratings).isEqualTo(new OnTimeReport.Ratings(1, 1, 0));
    }

    @Test
    void theCommuneOfficerSeesTheCommuneAndTheAdministratorSeesAll() {
        get(session("canbo"), "/admin/dashboard?tu=2026-10&den=2026-10").statusCode(200)
                .body(containsString("data-row=\"UBND xã Hàm Thuận Bắc|2026-10|2|2|2\""))
                .body(containsString("66,7%")).body(not(containsString("UBND phường Phan Thiết")))
                .body(containsString("data-level=\"3\">1<")).body(containsString("data-level=\"1\">0<"));
        get(session("quantri"), "/admin/dashboard?tu=2026-09&den=2026-10").statusCode(200)
                .body(containsString("data-row=\"UBND phường Phan Thiết|2026-10|0|0|1\""))
                .body(containsString("data-row=\"UBND xã Hàm Thuận Bắc|2026-09|1|0|0\""))
                .body(containsString("data-level=\"1\">1<"));
    }

    @Test
    void badMonthsAreA400() {
        String cookie = session("canbo");
        get(cookie, "/admin/dashboard?tu=10/2026").statusCode(400);
        get(cookie, "/admin/dashboard?tu=2026-11&den=2026-10").statusCode(400);
        get(cookie, "/admin/dashboard").statusCode(200).body(containsString("Tỷ lệ đúng hạn"));
    }
}
