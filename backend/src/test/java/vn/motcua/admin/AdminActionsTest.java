package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Officers' actions take the intake path (timeline, outbox) and are audited; scope and CSRF are enforced. */
@QuarkusTest
class AdminActionsTest {
    static final Class<?> DB = PostgresTest.class;
    private final AdminPagesTest pages = new AdminPagesTest();

    @BeforeEach
    void seed() {
        AdminPagesTest.hashOnce();
        pages.seed();
    }

    private static String csrf(String cookie) {
        String page = RestAssured.given().cookie("motcua-admin", cookie).get("/admin").asString();
        return page.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
    }

    private static ValidatableResponse act(String cookie, String code, Map<String, String> form) {
        var request = RestAssured.given().redirects().follow(false).cookie("motcua-admin", cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach(request::formParam);
        return request.post("/admin/dossiers/{code}/actions", code).then();
    }

    @Test
    void requestingMoreDocumentsGoesThroughIntakeAndIsAudited() {
        String cookie = AdminPagesTest.session("canbo");
        act(cookie, AdminPagesTest.IN_COMMUNE, Map.of("csrf", csrf(cookie), "trangthai", "5",
                "giayto", "Bản vẽ thiết kế\nGiấy ủy quyền", "ghichu", "Thiếu bản vẽ")).statusCode(303)
                .header("Location", containsString("/admin/dossiers/" + AdminPagesTest.IN_COMMUNE));
        assertThat(Db.column("select status::text from dossier where code = '" + AdminPagesTest.IN_COMMUNE + "'"))
                .containsExactly("5");
        assertThat(Db.column("select items from supplement_request")).containsExactly("Bản vẽ thiết kế\nGiấy ủy quyền");
        assertThat(Db.column("select to_status::text from outbox where kind = 'STATUS_CHANGED' order by id desc limit 1"))
                .containsExactly("5");
        assertThat(Db.column("select username || ' ' || action || ' ' || target from audit_log"))
                .containsExactly("canbo set-status-5 " + AdminPagesTest.IN_COMMUNE);
        RestAssured.given().cookie("motcua-admin", cookie).get("/admin/dossiers/{code}", AdminPagesTest.IN_COMMUNE)
                .then().body(containsString("Lê Văn Cán Bộ")).body(containsString("Yêu cầu bổ sung giấy tờ"))
                .body(containsString("0912 000 111"));
        assertThat(Db.column("select department from dossier_event where officer_name = 'Lê Văn Cán Bộ'"))
                .containsExactly("UBND xã Hàm Thuận Bắc");
    }

    @Test
    void extendingTheDueDateNeedsAReasonAndRecordsTheApology() {
        Db.execute("update dossier set due_at = '2026-12-10 17:00+07' where code = '" + AdminPagesTest.IN_COMMUNE + "'");
        String cookie = AdminPagesTest.session("canbo");
        act(cookie, AdminPagesTest.IN_COMMUNE, Map.of("csrf", csrf(cookie), "henmoi", "2026-12-20T17:00")).statusCode(400);
        act(cookie, AdminPagesTest.IN_COMMUNE, Map.of("csrf", csrf(cookie), "henmoi", "2026-12-20T17:00",
                "lydo", "Cần xác minh thêm; xin lỗi ông/bà")).statusCode(303);
        assertThat(Db.column("select reason from due_date_change")).containsExactly("Cần xác minh thêm; xin lỗi ông/bà");
        assertThat(Db.count("select count(*) from outbox where kind = 'DUE_DATE_CHANGED'")).isEqualTo(1);
        assertThat(Db.column("select to_char(due_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') from dossier where code = '"
                + AdminPagesTest.IN_COMMUNE + "'")).containsExactly("2026-12-20 17:00");
    }

    @Test
    void scopeTransitionsAndCsrfAreEnforced() {
        String cookie = AdminPagesTest.session("canbo");
        String token = csrf(cookie);
        act(cookie, AdminPagesTest.IN_OTHER_COMMUNE, Map.of("csrf", token, "trangthai", "9")).statusCode(404);
        act(cookie, AdminPagesTest.IN_COMMUNE, Map.of("csrf", "forged", "trangthai", "9")).statusCode(403);
        act(cookie, AdminPagesTest.IN_COMMUNE, Map.of("csrf", token, "trangthai", "10")).statusCode(409);
        act(cookie, AdminPagesTest.IN_COMMUNE, Map.of("csrf", token, "trangthai", "5")).statusCode(400);
        act(cookie, AdminPagesTest.IN_COMMUNE, Map.of("csrf", token, "trangthai", "6", "tenphi", "Lệ phí", "sotien", "abc"))
                .statusCode(400);
        assertThat(Db.count("select count(*) from audit_log")).isZero();
        assertThat(Db.column("select status::text from dossier where code = '" + AdminPagesTest.IN_COMMUNE + "'"))
                .containsExactly("4");
    }
}
