package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.intake.SharedTransactionTest.code;
import static vn.motcua.intake.SharedTransactionTest.own;
import static vn.motcua.intake.SharedTransactionTest.ownBatch;

/**
 * A shared transaction writes its timeline entries and outbox rows together at its end (issue 17): one statement
 * each, in the order the records decided them, so the relay still announces a dossier's changes in their order, and
 * a row the database refuses at the end still costs only its own record.
 */
@QuarkusTest
class PendingRowsTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void clean() {
        Db.reset();
        // counts the statements (not rows) each table receives: inserts of entries and outbox rows, dossier updates
        Db.execute("create table if not exists test_statements (tbl text); truncate test_statements; "
                + "create or replace function test_count_statement() returns trigger language plpgsql as $$ begin "
                + "insert into test_statements values (tg_table_name || ' ' || lower(tg_op)); return null; end $$; "
                + "create trigger test_count after insert on dossier_event for each statement "
                + "execute function test_count_statement(); "
                + "create trigger test_count after insert on outbox for each statement "
                + "execute function test_count_statement(); "
                + "create trigger test_count after update on dossier for each statement "
                + "execute function test_count_statement()");
    }

    @AfterEach
    void dropTraps() {
        Db.execute("drop trigger if exists test_count on dossier_event; drop trigger if exists test_count on outbox; "
                + "drop trigger if exists test_count on dossier; "
                + "drop function if exists test_count_statement(); drop table if exists test_statements; "
                + "drop trigger if exists refuse_note on dossier_event; drop function if exists refuse_note()");
    }

    private static List<String> statements() {
        return Db.column("select tbl || ' ' || count(*) from test_statements group by tbl order by tbl");
    }

    @Test
    void aSharedTransactionWritesItsDossiersEntriesAndOutboxRowsInOneStatementEach() {
        Api.postOwn(ownBatch(IntStream.rangeClosed(1, 30), 2)).statusCode(200).body("applied", equalTo(30));
        // new dossiers are inserted one by one (not counted here); the entries' trigger refreshes their timelines
        assertThat(statements()).containsExactly("dossier update 1", "dossier_event insert 1", "outbox insert 1");

        Api.postOwn(ownBatch(IntStream.rangeClosed(1, 30), 4)).statusCode(200).body("applied", equalTo(30));
        // the 30 changed dossiers in one update, then the timeline refresh again
        assertThat(statements()).containsExactly("dossier update 3", "dossier_event insert 2", "outbox insert 2");
        assertThat(Db.column("select status || ' ' || version from dossier group by 1")).containsExactly("4 1");

        // in the order of the records, each outbox row pointing at its own entry
        List<String> expected = IntStream.rangeClosed(1, 30).mapToObj(n -> code(n) + " 2>4").toList();
        assertThat(Db.column("select d.code || ' ' || o.from_status || '>' || e.status from outbox o "
                + "join dossier d on d.id = o.dossier_id join dossier_event e on e.id = o.event_id "
                + "where o.from_status = 2 order by o.id")).containsExactlyElementsOf(expected);
        assertThat(Db.column("select d.code from dossier_event e join dossier d on d.id = e.dossier_id "
                + "where e.status = 4 order by e.id")).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 30).mapToObj(SharedTransactionTest::code).toList());
        // the lookup's timeline, kept by the statement trigger, saw every entry
        Api.lookup(code(17)).statusCode(200).body("timeline.statusCode", contains(2, 4));
    }

    @Test
    void aStatusChangeAndItsMovedDueDateAreAnnouncedInTheOrderDecided() {
        String due = "{\"code\":\"%s\",\"status\":2,\"dueAt\":\"2026-12-08T17:00:00+07:00\"}";
        Api.postOwn("[" + due.formatted(code(1)) + "," + due.formatted(code(2)) + "]").statusCode(200)
                .body("applied", equalTo(2));
        String moved = ("{\"code\":\"%s\",\"status\":4,\"dueAt\":\"2026-12-20T17:00:00+07:00\","
                + "\"dueDateChangeReason\":\"Chờ kết quả xác minh\"}");
        Api.postOwn("[" + moved.formatted(code(1)) + "," + own(1, 5) + "," + moved.formatted(code(2)) + "]")
                .statusCode(200).body("results.outcome", contains("updated", "updated", "updated"));

        assertThat(Db.column("select d.code || ' ' || o.kind || ' ' || coalesce(o.from_status::text, '-') || '>' "
                + "|| o.to_status || ' ' || (o.event_id is not null) from outbox o join dossier d on d.id = o.dossier_id "
                + "where o.id > (select max(id) from outbox where to_status = 2) order by o.id")).containsExactly(
                code(1) + " STATUS_CHANGED 2>4 true", code(1) + " DUE_DATE_CHANGED 4>4 false",
                code(1) + " STATUS_CHANGED 4>5 true",
                code(2) + " STATUS_CHANGED 2>4 true", code(2) + " DUE_DATE_CHANGED 4>4 false");
        assertThat(Db.count("select count(*) from due_date_change")).isEqualTo(2);
    }

    @Test
    void theSameEventTwiceInOneBatchIsRecordedOnce() {
        Api.postDvcqg(Api.dvcqgDossier(code(1), "2", "20261210170000")).statusCode(200);
        String step = """
                {"MaHoSo": "%s", "NguoiXuLy": "Trần Thị Hoa", "ThoiDiemXuLy": "20261127090000",
                 "NoiDungXuLy": "Chuyển phòng chuyên môn", "TrangThai": "4"}""".formatted(code(1));
        Api.postDvcqg("{\"service\": \"CapNhatTienDoHoSoMC\", \"data\": [" + step + "," + step + "]}")
                .statusCode(200).body("data.ket_qua", contains("updated", "unchanged"));

        assertThat(Db.count("select count(*) from dossier_event where status = 4")).isEqualTo(1);
        assertThat(Db.count("select count(*) from outbox where to_status = 4")).isEqualTo(1);
    }

    @Test
    void anEntryTheDatabaseRefusesAtTheEndCostsOnlyItsRecord() {
        Api.postOwn(ownBatch(IntStream.rangeClosed(1, 3), 2)).statusCode(200).body("applied", equalTo(3));
        Db.execute("create function refuse_note() returns trigger language plpgsql as $$ begin "
                + "raise exception 'refused for the test'; end $$; "
                + "create trigger refuse_note before insert on dossier_event for each row "
                + "when (new.note = 'từ chối') execute function refuse_note()");
        String steps = IntStream.rangeClosed(1, 3).mapToObj(n -> """
                {"MaHoSo": "%s", "NguoiXuLy": "Trần Thị Hoa", "ThoiDiemXuLy": "2026112709000%d",
                 "NoiDungXuLy": "%s", "TrangThai": "4"}""".formatted(code(n), n, n == 2 ? "từ chối" : "Thụ lý"))
                .collect(Collectors.joining(",", "{\"service\": \"CapNhatTienDoHoSoMC\", \"data\": [", "]}"));

        Api.postDvcqg(steps).statusCode(200)
                .body("data.ket_qua", contains("updated", "rejected", "updated"))
                .body("data[1].message", containsString("database refuses"));

        assertThat(Db.column("select code || ' ' || status from dossier order by code")).containsExactly(
                code(1) + " 4", code(2) + " 2", code(3) + " 4");
        assertThat(Db.count("select count(*) from dossier_event where status = 4")).isEqualTo(2);
        assertThat(Db.count("select count(*) from outbox where to_status = 4")).isEqualTo(2);
    }
}
