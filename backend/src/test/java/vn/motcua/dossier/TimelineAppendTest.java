package vn.motcua.dossier;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Intake writes a changed dossier's public timeline in the same update as its other columns, so the entries' refresh
 * trigger (V85) finds it right and does not write the row again (issue 17); whatever a writer leaves wrong, the
 * trigger still puts right.
 */
@QuarkusTest
class TimelineAppendTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261126-0101";
    /** Quotes, a backslash, braces and a comma: everything PostgreSQL's array text must escape or quote. */
    static final String AGENCY = "UBND xã \"Mới\" \\ {Lập, Hai}";
    /** The stored timeline equals the one the table's entries make, in their order. */
    static final String TIMELINE_IS_RIGHT = "select (d.timeline_at, d.timeline_status, d.timeline_agency) = "
            + "(select array_agg(e.occurred_at order by e.occurred_at, e.id), array_agg(e.status order by e.occurred_at, "
            + "e.id), array_agg(e.agency_name order by e.occurred_at, e.id) from dossier_event e where e.dossier_id = d.id)"
            + " from dossier d where d.code = '" + CODE + "'";

    @BeforeEach
    void countRowWrites() {
        Db.reset();
        Db.execute("create table if not exists test_row_writes (id bigint); truncate test_row_writes; "
                + "create or replace function test_count_row() returns trigger language plpgsql as $$ begin "
                + "insert into test_row_writes values (new.id); return null; end $$; "
                + "create trigger test_count_rows after update on dossier for each row execute function test_count_row()");
    }

    @AfterEach
    void dropCounter() {
        Db.execute("drop trigger if exists test_count_rows on dossier; drop function if exists test_count_row(); "
                + "drop table if exists test_row_writes");
    }

    private static String record(int status, String eventTime, String note) {
        return ("{\"code\":\"%s\",\"status\":%d,\"eventTime\":\"%s\",\"agencyCode\":\"000.99.98.H12\","
                + "\"agencyName\":\"%s\",\"note\":\"%s\"}").formatted(CODE, status, eventTime,
                AGENCY.replace("\\", "\\\\").replace("\"", "\\\""), note);
    }

    @Test
    void aSharedTransactionWritesEachChangedDossierOnceWithItsTimelineMerged() {
        Api.postOwn("[" + record(2, "2026-11-26T09:00:00.123456+07:00", "Tiếp nhận") + "]").statusCode(200)
                .body("results[0].outcome", equalTo("created"));
        Db.execute("truncate test_row_writes");

        // one transaction: a step at the very instant of the stored one, then two sent late (back-dated)
        Api.postOwn("[" + record(4, "2026-11-26T09:00:00.123456+07:00", "Chuyển xử lý") + ","
                        + record(5, "2026-11-25T10:00:00+07:00", "Bổ sung") + ","
                        + record(6, "2026-11-25T10:00:00+07:00", "Trình ký") + "]").statusCode(200)
                .body("applied", equalTo(3));

        assertThat(Db.count("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id "
                + "where d.code = '" + CODE + "'")).isEqualTo(4);
        assertThat(Db.column(TIMELINE_IS_RIGHT)).containsExactly("t");
        // intake's own update only: the refresh found the arrays right
        assertThat(Db.count("select count(*) from test_row_writes")).isEqualTo(1);
        Api.lookup(CODE).statusCode(200).body("timeline.statusCode", contains(5, 6, 2, 4))
                .body("timeline.agency[0]", equalTo(AGENCY));
    }

    @Test
    void aTimelineAWriterLeftWrongIsPutRightWithTheNextEntry() {
        Api.postOwn("[" + record(2, "2026-11-26T09:00:00+07:00", "Tiếp nhận") + "]").statusCode(200);
        Db.execute("update dossier set timeline_status = '{9}', timeline_agency = null where code = '" + CODE + "'");
        Db.execute("truncate test_row_writes");

        Api.postOwn("[" + record(4, "2026-11-27T09:00:00+07:00", "Chuyển xử lý") + "]").statusCode(200)
                .body("results[0].outcome", equalTo("updated"));

        assertThat(Db.column(TIMELINE_IS_RIGHT)).containsExactly("t");
        // intake merged its entry into the wrong arrays; the refresh wrote the row again, right
        assertThat(Db.count("select count(*) from test_row_writes")).isEqualTo(2);
        Api.lookup(CODE).statusCode(200).body("timeline.statusCode", contains(2, 4))
                .body("timeline.agency[0]", equalTo(AGENCY));
    }
}
