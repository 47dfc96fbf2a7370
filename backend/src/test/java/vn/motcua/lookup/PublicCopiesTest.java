package vn.motcua.lookup;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The lookup reads the procedure's and agency's names, the due date before the last extension and whether a result
 * is online from the dossier row (migration V83): whoever renames, moves, extends or attaches, and however, the
 * lookup shows it at once, and the copies equal what the joins they replace would read.
 */
@QuarkusTest
class PublicCopiesTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.12.00.H36-261118-0051";

    @BeforeEach
    void seed() {
        Db.reset();
        Db.execute("insert into agency (code, name, hotline) values ('000.12.00.H36', 'UBND xã Hàm Thuận Bắc', '0252 3860 001'),"
                + " ('000.10.00.H36', 'UBND phường Phan Thiết', null)");
        Db.execute("insert into procedure (code, name) values ('1.001612', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu')");
        post(4, "000.12.00.H36");
    }

    @AfterEach
    void copiesEqualTheJoins() {
        assertThat(copiesOutOfStep()).as("dossiers whose public_* columns differ from the joins they replace").isZero();
    }

    private static void post(int status, String agency) {
        Api.postOwn(("{\"code\":\"%s\",\"status\":%d,\"agencyCode\":\"%s\",\"procedureCode\":\"1.001612\","
                + "\"applicant\":{\"name\":\"Trần Thị Hoa\",\"phone\":\"0912000111\"}}").formatted(CODE, status, agency))
                .statusCode(200);
    }

    @Test
    void renamesAndMovesShowAtOnce() {
        Api.lookup(CODE).statusCode(200).body("agency", equalTo("UBND xã Hàm Thuận Bắc"))
                .body("agencyPhone", equalTo("0252 3860 001"))
                .body("procedure.name", equalTo("Cấp giấy chứng nhận quyền sử dụng đất lần đầu"));

        Db.execute("update agency set name = 'UBND xã Hàm Thuận', hotline = '0252 3999 999' where code = '000.12.00.H36'");
        Db.execute("update procedure set code = '1.001612-2025', name = 'Đăng ký đất đai lần đầu' where code = '1.001612'");
        Api.lookup(CODE).statusCode(200).body("agency", equalTo("UBND xã Hàm Thuận"))
                .body("agencyPhone", equalTo("0252 3999 999"))
                .body("procedure.code", equalTo("1.001612-2025")).body("procedure.name", equalTo("Đăng ký đất đai lần đầu"));

        // a statement that changes no name leaves the dossiers alone; one that renames many renames each
        Db.execute("update agency set active = active");
        Db.execute("update agency set name = name || ' (cũ)'");
        Api.lookup(CODE).statusCode(200).body("agency", equalTo("UBND xã Hàm Thuận (cũ)"));

        // the sender moves the dossier to another agency
        post(4, "000.10.00.H36");
        Api.lookup(CODE).statusCode(200).body("agency", equalTo("UBND phường Phan Thiết (cũ)")).body("agencyPhone", nullValue());
    }

    @Test
    void extensionsAndResultsShowAtOnce() {
        Api.lookup(CODE).statusCode(200).body("previousDueAt", nullValue());
        Db.execute("""
                insert into due_date_change (dossier_id, old_due_at, new_due_at, changed_at)
                select id, t.old::timestamptz, t.new::timestamptz, t.at::timestamptz from dossier,
                       (values ('2026-12-01 17:00+07', '2026-12-08 17:00+07', '2026-11-28 09:00+07'),
                               ('2026-12-08 17:00+07', '2026-12-15 17:00+07', '2026-12-05 09:00+07')) t(old, new, at)""");
        Api.lookup(CODE).statusCode(200).body("previousDueAt", equalTo("2026-12-08T17:00:00+07:00"));
        Db.execute("delete from due_date_change where changed_at = '2026-12-05 09:00+07'");
        Api.lookup(CODE).statusCode(200).body("previousDueAt", equalTo("2026-12-01T17:00:00+07:00"));

        post(9, "000.12.00.H36");
        Api.lookup(CODE).statusCode(200).body("status.nextStep", not(containsString("kết quả điện tử")));
        Db.execute("insert into dossier_document (dossier_id, kind, position, name, url) select id, 'submitted', 1,"
                + " 'Đơn đăng ký', 'https://motcua.example/don.pdf' from dossier");
        Api.lookup(CODE).statusCode(200).body("status.nextStep", not(containsString("kết quả điện tử")));
        Db.execute("insert into dossier_document (dossier_id, kind, position, name, url) select id, 'result', 1,"
                + " 'Giấy chứng nhận', 'https://motcua.example/gcn.pdf' from dossier");
        Api.lookup(CODE).statusCode(200).body("status.nextStep", containsString("kết quả điện tử"));
        Db.execute("update dossier_document set kind = 'submitted', position = 2 where kind = 'result'");
        Api.lookup(CODE).statusCode(200).body("status.nextStep", not(containsString("kết quả điện tử")));
    }

    /** Dossiers whose copies differ from the joins and sub-selects the lookup ran before V83. */
    static long copiesOutOfStep() {
        return Db.count("""
                select count(*) from dossier d
                  left join procedure p on p.id = d.procedure_id
                  left join agency a on a.id = d.agency_id
                 where (d.public_procedure_code, d.public_procedure_name, d.public_agency_name, d.public_agency_hotline)
                       is distinct from (p.code, p.name, a.name, a.hotline)
                    or d.public_previous_due_at is distinct from
                       (select c.old_due_at from due_date_change c where c.dossier_id = d.id
                         order by c.changed_at desc, c.id desc limit 1)
                    or d.public_has_result <> exists (select 1 from dossier_document r where r.dossier_id = d.id
                                                        and r.kind = 'result' and r.url is not null)""");
    }
}
