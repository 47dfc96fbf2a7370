package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.session;

/**
 * Supervisors and a commune's administrator read the audit log of their subtree's officers; only the province
 * administrator (root agency) reads all of it.
 */
@QuarkusTest
class AuditPagesTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        line("canbo", "set-status-5", "HS-XA-HAM-THUAN", "2026-11-20 09:00+07");
        line("canbo.phanthiet", "set-status-9", "HS-PHUONG-PHAN-THIET", "2026-11-21 10:00+07");
        line("quantri", "officer-create", "officer:moi", "2026-11-22 11:00+07");
    }

    private static void line(String username, String action, String target, String at) {
        Db.execute("insert into audit_log (officer_id, username, action, target, before_state, after_state, at) "
                + "select id, username, '" + action + "', '" + target + "', 'trước', 'sau', '" + at + "' from officer where username = '"
                + username + "'");
    }

    @Test
    void aSupervisorSeesOnlyTheSubtreesOfficers() {
        String cookie = session("giamsat");
        get(cookie, "/admin/audit").statusCode(200).body(containsString("Nhật ký thao tác"))
                .body(containsString("HS-XA-HAM-THUAN")).body(containsString("Lê Văn Cán Bộ"))
                .body(not(containsString("HS-PHUONG-PHAN-THIET"))).body(not(containsString("officer:moi")));
        get(session("giamsat.phanthiet"), "/admin/audit").statusCode(200)
                .body(containsString("HS-PHUONG-PHAN-THIET")).body(not(containsString("HS-XA-HAM-THUAN")));
    }

    @Test
    void aCommunesAdministratorSeesOnlyTheSubtreesOfficers() {
        get(session("quantri.xa"), "/admin/audit").statusCode(200).body(containsString("HS-XA-HAM-THUAN"))
                .body(not(containsString("HS-PHUONG-PHAN-THIET"))).body(not(containsString("officer:moi")));
        get(session("quantri.xa"), "/admin/audit?canbo=canbo.phanthiet").statusCode(200)
                .body(not(containsString("HS-PHUONG-PHAN-THIET")));
    }

    @Test
    void theProvinceAdministratorSeesEverythingAndFilters() {
        String cookie = session("quantri");
        get(cookie, "/admin/audit").statusCode(200).body(containsString("HS-XA-HAM-THUAN"))
                .body(containsString("HS-PHUONG-PHAN-THIET")).body(containsString("officer:moi"));
        get(cookie, "/admin/audit?canbo=CANBO.phanthiet").statusCode(200)
                .body(containsString("HS-PHUONG-PHAN-THIET")).body(not(containsString("HS-XA-HAM-THUAN")));
        get(cookie, "/admin/audit?hanhdong=set-status").statusCode(200)
                .body(containsString("HS-PHUONG-PHAN-THIET")).body(containsString("HS-XA-HAM-THUAN"))
                .body(not(containsString("officer:moi")));
        get(cookie, "/admin/audit?tu=2026-11-21&den=2026-11-21").statusCode(200)
                .body(containsString("HS-PHUONG-PHAN-THIET")).body(not(containsString("HS-XA-HAM-THUAN")))
                .body(not(containsString("officer:moi")));
    }

    @Test
    void pagesHoldFiftyLines() {
        Db.execute("insert into audit_log (officer_id, username, action, target, at) select o.id, o.username, 'bulk', "
                + "'BULK-' || g, timestamptz '2026-10-01 00:00+07' + g * interval '1 minute' from officer o, generate_series(1, 60) g "
                + "where o.username = 'canbo'");
        String cookie = session("quantri");
        get(cookie, "/admin/audit?hanhdong=bulk").statusCode(200).body(containsString("BULK-60"))
                .body(containsString("BULK-11<")).body(not(containsString("BULK-10<"))).body(containsString("Trang sau"));
        get(cookie, "/admin/audit?hanhdong=bulk&trang=2").statusCode(200).body(containsString("BULK-10<"))
                .body(containsString("BULK-1<")).body(not(containsString("Trang sau"))).body(containsString("Trang trước"));
    }

    @Test
    void officersAreRefusedAndBadInputIsA400() {
        get(session("canbo"), "/admin/audit").statusCode(403);
        String cookie = session("quantri");
        get(cookie, "/admin/audit?tu=21/11/2026").statusCode(400).body(containsString("Ngày bắt đầu không hợp lệ"));
        get(cookie, "/admin/audit?tu=2026-11-22&den=2026-11-21").statusCode(400);
        get(cookie, "/admin/audit?trang=abc").statusCode(400);
    }
}
