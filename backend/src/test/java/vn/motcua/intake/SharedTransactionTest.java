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

/**
 * Consecutive records share a transaction (issue 17), and a record that fails inside one must not take its neighbours
 * down, nor be half applied, nor apply a neighbour twice: whether the applier refuses it, the database refuses it at
 * once, or the database refuses it only when the transaction is flushed later.
 */
@QuarkusTest
class SharedTransactionTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void clean() {
        Db.reset();
    }

    @AfterEach
    void dropTrap() {
        Db.execute("drop trigger if exists refuse_one on dossier; drop function if exists refuse_one()");
    }

    static String code(int n) {
        return "000.00.22.H12-261126-%04d".formatted(n);
    }

    static String own(int n, int status) {
        return ("{\"code\":\"%s\",\"status\":%d,\"receivedAt\":\"2026-11-26T08:00:00+07:00\","
                + "\"applicant\":{\"name\":\"Lê Thị Mai\"}}").formatted(code(n), status);
    }

    static String ownBatch(IntStream numbers, int status) {
        return numbers.mapToObj(n -> own(n, status)).collect(Collectors.joining(",", "[", "]"));
    }

    static String progress(List<String> codes) {
        return codes.stream().map(code -> """
                {"MaHoSo": "%s", "NguoiXuLy": "Trần Thị Hoa", "ThoiDiemXuLy": "20261127090000",
                 "NoiDungXuLy": "Chuyển phòng chuyên môn", "TrangThai": "4"}""".formatted(code))
                .collect(Collectors.joining(",", "{\"service\": \"CapNhatTienDoHoSoMC\", \"data\": [", "]}"));
    }

    @Test
    void aRecordTheApplierRefusesLeavesItsNeighboursAppliedOnce() {
        Api.postOwn(ownBatch(IntStream.rangeClosed(1, 4), 2)).statusCode(200).body("applied", equalTo(4));

        Api.postDvcqg(progress(List.of(code(1), code(2), code(99), code(3), code(4)))).statusCode(200)
                .body("data.ket_qua", contains("updated", "updated", "rejected", "updated", "updated"))
                .body("data[2].MaHoSo", equalTo(code(99)))
                .body("data[2].message", containsString("unknown dossier"));

        assertThat(Db.column("select code || ' ' || status from dossier order by code")).containsExactly(
                code(1) + " 4", code(2) + " 4", code(3) + " 4", code(4) + " 4");
        assertThat(Db.count("select count(*) from dossier_event")).isEqualTo(8);
        assertThat(Db.column("select coalesce(from_status::text, '-') || '>' || to_status from outbox order by id"))
                .containsExactly("->2", "->2", "->2", "->2", "2>4", "2>4", "2>4", "2>4");
    }

    @Test
    void aRecordTheDatabaseRefusesOnlyAtFlushIsFoundAndRefusedAlone() {
        Api.postOwn(ownBatch(IntStream.rangeClosed(1, 3), 2)).statusCode(200).body("applied", equalTo(3));
        // the status change of dossier 2 is written only when the transaction is flushed, after dossier 3's reads
        Db.execute("create function refuse_one() returns trigger language plpgsql as $$ begin "
                + "raise exception 'refused for the test'; end $$; "
                + "create trigger refuse_one before update on dossier for each row when (new.code = '" + code(2)
                + "' and new.status = 9) execute function refuse_one()");

        Api.postOwn(ownBatch(IntStream.rangeClosed(1, 3), 9)).statusCode(200)
                .body("results.outcome", contains("updated", "rejected", "updated"))
                .body("results[1].errors[0].message", containsString("database refuses"));

        assertThat(Db.column("select code || ' ' || status from dossier order by code")).containsExactly(
                code(1) + " 9", code(2) + " 2", code(3) + " 9");
        assertThat(Db.column("select d.code || ' ' || e.status from dossier_event e join dossier d on d.id = e.dossier_id "
                + "order by d.code, e.id")).containsExactly(code(1) + " 2", code(1) + " 9", code(2) + " 2",
                code(3) + " 2", code(3) + " 9");
        assertThat(Db.count("select count(*) from outbox where to_status = 9")).isEqualTo(2);
    }

    @Test
    void aBadRecordInALongBatchCostsOnlyItself() {
        String batch = IntStream.rangeClosed(1, 120)
                .mapToObj(n -> n == 75 ? "{\"code\":\"" + code(75) + "\",\"status\":6,\"fees\":[{\"amount\":-1}]}"
                        : own(n, 2))
                .collect(Collectors.joining(",", "[", "]"));
        Api.postOwn(batch).statusCode(200).body("applied", equalTo(119)).body("rejected", equalTo(1))
                .body("results[74].outcome", equalTo("rejected"));
        assertThat(Db.count("select count(*) from dossier")).isEqualTo(119);
        assertThat(Db.count("select count(*) from outbox")).isEqualTo(119);
        assertThat(Db.count("select count(*) from dossier_event")).isEqualTo(119);
    }

    @Test
    void theSameDossierTwiceInOneTransactionKeepsBothSteps() {
        Api.postOwn("[" + own(7, 2) + "," + own(7, 4) + "," + own(7, 4) + "]").statusCode(200)
                .body("results.outcome", contains("created", "updated", "unchanged"));
        assertThat(Db.column("select coalesce(from_status::text, '-') || '>' || to_status from outbox order by id"))
                .containsExactly("->2", "2>4");
        assertThat(Db.column("select version::text from dossier")).containsExactly("1");
    }

    @Test
    void anUnknownAgencyNamedTwiceInOneTransactionIsOnePlaceholderReportedTwice() {
        String record = "{\"code\":\"%s\",\"status\":2,\"agencyCode\":\"000.99.99.H12\","
                + "\"agencyName\":\"UBND xã Mới Lập\"}";
        Api.postOwn("[" + record.formatted(code(1)) + "," + record.formatted(code(2)) + "]").statusCode(200)
                .body("results.outcome", contains("created", "created"))
                .body("results[0].warnings[0]", containsString("placeholder"))
                .body("results[1].warnings[0]", containsString("placeholder"));
        assertThat(Db.column("select d.code || ' ' || a.name || ' ' || a.placeholder from dossier d "
                + "join agency a on a.id = d.agency_id order by d.code")).containsExactly(
                code(1) + " UBND xã Mới Lập true", code(2) + " UBND xã Mới Lập true");
        assertThat(Db.count("select count(*) from agency where code = '000.99.99.H12'")).isEqualTo(1);
    }

    /** A new dossier's row is inserted with its status time and due date: no update of it follows (issue 17). */
    @Test
    void aNewDossierIsInsertedWholeAndNeverUpdatedInTheSameTransaction() {
        // the database's own refresh of the lookup's timeline columns (V82) is not the application's update
        Db.execute("create function refuse_one() returns trigger language plpgsql as $$ begin "
                + "if to_jsonb(new) - array['timeline_at', 'timeline_status', 'timeline_agency'] "
                + "is distinct from to_jsonb(old) - array['timeline_at', 'timeline_status', 'timeline_agency'] then "
                + "raise exception 'a new dossier was updated after its insert'; end if; return new; end $$; "
                + "create trigger refuse_one before update on dossier for each row execute function refuse_one()");
        String snapshot = ("{\"code\":\"%s\",\"status\":2,\"receivedAt\":\"2026-11-26T08:00:00+07:00\","
                + "\"dueAt\":\"2026-12-08T17:00:00+07:00\"}").formatted(code(1));
        String event = ("{\"code\":\"%s\",\"status\":2,\"eventTime\":\"2026-11-26T09:00:00+07:00\","
                + "\"dueAt\":\"2026-12-09T17:00:00+07:00\"}").formatted(code(2));
        Api.postOwn("[" + snapshot + "," + event + "]").statusCode(200)
                .body("results.outcome", contains("created", "created"));
        Api.postDvcqg(Api.dvcqgDossier(code(3), "2", "20261210170000")).statusCode(200)
                .body("data[0].ket_qua", equalTo("created"));

        assertThat(Db.column("select code || ' ' || to_char(status_event_at at time zone 'Asia/Ho_Chi_Minh', "
                + "'DD HH24') || ' ' || to_char(due_at at time zone 'Asia/Ho_Chi_Minh', 'DD') from dossier order by code"))
                .containsExactly(code(1) + " 26 08 08", code(2) + " 26 09 09", code(3) + " 20 08 10");
        assertThat(Db.count("select count(*) from outbox")).isEqualTo(3);
    }
}
