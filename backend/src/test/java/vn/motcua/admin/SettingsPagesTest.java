package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.motcua.admin.AdminFixture.agencyId;
import static vn.motcua.admin.AdminFixture.csrf;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.post;
import static vn.motcua.admin.AdminFixture.session;

/** The administrator's settings: Zalo state, API keys shown once, holidays and the agency tree, all audited. */
@QuarkusTest
class SettingsPagesTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        cleanUp();
    }

    @AfterEach
    void cleanUp() {
        Db.execute("delete from holiday where day = '2026-12-24'");
        Db.execute("delete from zalo_token");
    }

    @Test
    void showsTheZaloConnection() {
        String cookie = session("quantri");
        get(cookie, "/admin/settings").statusCode(200).body(containsString("Thử nghiệm (sandbox)"))
                .body(containsString("Chưa có token")).body(containsString("/admin/zalo/connect"))
                .body(containsString("action=\"/admin/zalo/tokens\"")).body(containsString("Quốc khánh"));
        Db.execute("insert into zalo_token (access_token, refresh_token, access_expires_at) "
                + "values ('a', 'r', '2099-01-02 03:04+07')");
        get(cookie, "/admin/settings").statusCode(200).body(containsString("Còn hạn đến 03:04 ngày 02/01/2099"));
    }

    @Test
    void showsTheZaloTemplateOfEveryMessageKindReadOnly() {
        String page = get(session("quantri"), "/admin/settings").statusCode(200).extract().asString();
        for (var kind : vn.motcua.notification.NotificationKind.values()) {
            assertThat(page).contains("data-kind=\"" + kind.key() + "\"");
        }
        assertThat(page).contains("<code>sandbox-supplement-required</code>").contains("<code>giay_to</code> ← documents")
                .contains("MOTCUA_NOTIFICATIONS_TEMPLATES_SUPPLEMENT_REQUIRED_TEMPLATE_ID")
                .contains("motcua.notifications.templates.&lt;loại&gt;.params.&lt;tham số Zalo&gt;=&lt;biến&gt;")
                .contains("Chỉ xem.").doesNotContain("action=\"/admin/settings/templates");
    }

    @Test
    void anApiKeyIsShownOnceWorksAndCanBeRevoked() {
        String cookie = session("quantri");
        String page = post(cookie, "/admin/settings/api-keys", "csrf", csrf(cookie), "hethong", "Một cửa điện tử tỉnh")
                .statusCode(200).body(containsString("chỉ hiển thị một lần")).extract().asString();
        String key = page.replaceAll("(?s).*<p class=\"once\">([^<]+)</p>.*", "$1");
        assertThat(key).startsWith("mc_").hasSizeGreaterThan(40);
        assertThat(Db.column("select key_prefix from api_key")).containsExactly(key.substring(0, 10));
        assertThat(Db.count("select count(*) from api_key where key_hash = encode(sha256(convert_to('" + key + "', 'UTF8')), 'hex')"))
                .isEqualTo(1);
        RestAssured.given().header("X-Api-Key", key).get("/api/integration/v1/dossiers/{code}/link", AdminPagesTest.IN_COMMUNE)
                .then().statusCode(200);
        get(cookie, "/admin/settings").body(containsString(key.substring(0, 10))).body(not(containsString(key)));
        long id = Db.count("select id from api_key");
        post(cookie, "/admin/settings/api-keys/" + id + "/revoke", "csrf", csrf(cookie)).statusCode(303);
        // the key was just used (and remembered by the authenticator): the revocation must still apply at once
        RestAssured.given().header("X-Api-Key", key).get("/api/integration/v1/dossiers/{code}/link", AdminPagesTest.IN_COMMUNE)
                .then().statusCode(401);
        post(cookie, "/admin/settings/api-keys/" + id + "/revoke", "csrf", csrf(cookie)).statusCode(404);
        assertThat(Db.count("select count(*) from api_key where revoked_at is not null")).isEqualTo(1);
        assertThat(Db.column("select action from audit_log order by id")).containsExactly("api-key-create", "api-key-revoke");
        assertThat(Db.column("select coalesce(after_state, '') from audit_log")).noneMatch(s -> s.contains(key));
        post(cookie, "/admin/settings/api-keys", "csrf", csrf(cookie), "hethong", " ").statusCode(400);
    }

    @Test
    void anApiKeyIsBoundToTheAgencyChosenWhenItIsCreated() {
        String cookie = session("quantri");
        long commune = AdminFixture.agencyId(AdminFixture.COMMUNE);
        get(cookie, "/admin/settings").body(containsString("<option value=\"" + commune + "\">UBND xã Hàm Thuận Bắc"));
        String page = post(cookie, "/admin/settings/api-keys", "csrf", csrf(cookie), "hethong", "Một cửa xã Hàm Thuận Bắc",
                "donvi", Long.toString(commune)).statusCode(200).extract().asString();
        String key = page.replaceAll("(?s).*<p class=\"once\">([^<]+)</p>.*", "$1");
        assertThat(Db.column("select source_system || '|' || agency_id from api_key"))
                .containsExactly("Một cửa xã Hàm Thuận Bắc|" + commune);
        get(cookie, "/admin/settings").body(containsString("<td>Một cửa xã Hàm Thuận Bắc</td><td>UBND xã Hàm Thuận Bắc</td>"));
        assertThat(Db.column("select after_state from audit_log")).singleElement().asString()
                .contains("agency=" + AdminFixture.COMMUNE);
        // the key places dossiers in its commune, not in another one
        RestAssured.given().header("X-Api-Key", key).contentType("application/json")
                .body("[{\"code\":\"000.12.00.H36-261201-0001\",\"status\":2,\"agencyCode\":\"000.12.00.H36\"},"
                        + "{\"code\":\"000.10.00.H36-261201-0001\",\"status\":2,\"agencyCode\":\"000.10.00.H36\"}]")
                .post("/api/integration/v1/dossiers").then().statusCode(200)
                .body("results.outcome", org.hamcrest.Matchers.contains("created", "rejected"));
        post(cookie, "/admin/settings/api-keys", "csrf", csrf(cookie), "hethong", "X", "donvi", "999999").statusCode(400);
        post(cookie, "/admin/settings/api-keys", "csrf", csrf(cookie), "hethong", "X", "donvi", "abc").statusCode(400);
    }

    @Test
    void aSwappedWorkingDayIsASaturdayOrSundayAndShowsAsSuch() {
        Db.execute("delete from holiday where day in ('2026-12-26', '2026-12-28')");
        String cookie = session("quantri");
        String token = csrf(cookie);
        post(cookie, "/admin/settings/holidays", "csrf", token, "ngay", "2026-12-26", "ten", "Làm bù cho 02/01",
                "loai", "lambu").statusCode(303);
        get(cookie, "/admin/settings").body(containsString("data-day=\"2026-12-26\"><td>2026-12-26</td><td>Ngày làm bù</td>"));
        // a Monday is already a working day: it cannot be "worked in exchange"
        post(cookie, "/admin/settings/holidays", "csrf", token, "ngay", "2026-12-28", "ten", "Sai", "loai", "lambu")
                .statusCode(400);
        assertThat(Db.column("select day || ' ' || working from holiday where day in ('2026-12-26', '2026-12-28')"))
                .containsExactly("2026-12-26 true");
        assertThat(Db.column("select action from audit_log order by id")).containsExactly("workday-add");
        Db.execute("delete from holiday where day = '2026-12-26'");
    }

    @Test
    void holidaysAreAddedAndDeleted() {
        String cookie = session("quantri");
        String token = csrf(cookie);
        post(cookie, "/admin/settings/holidays", "csrf", token, "ngay", "2026-12-24", "ten", "Nghỉ bù").statusCode(303);
        get(cookie, "/admin/settings").body(containsString("Nghỉ bù"));
        post(cookie, "/admin/settings/holidays", "csrf", token, "ngay", "2026-12-24", "ten", "Lần nữa").statusCode(409);
        post(cookie, "/admin/settings/holidays", "csrf", token, "ngay", "24/12/2026", "ten", "Sai").statusCode(400);
        post(cookie, "/admin/settings/holidays/2026-12-24/delete", "csrf", token).statusCode(303);
        post(cookie, "/admin/settings/holidays/2026-12-24/delete", "csrf", token).statusCode(404);
        assertThat(Db.count("select count(*) from holiday where day = '2026-12-24'")).isZero();
        assertThat(Db.column("select action || ' ' || target from audit_log order by id"))
                .containsExactly("holiday-add holiday:2026-12-24", "holiday-delete holiday:2026-12-24");
    }

    @Test
    void whatTheWholeProvinceSharesIsLeftToTheProvincesAdministrators() {
        String cookie = session("quantri.xa");
        String token = csrf(cookie);
        get(cookie, "/admin/settings").statusCode(200).body(containsString("quản trị viên cấp tỉnh"))
                .body(not(containsString("<h2>Khóa API của hệ thống tích hợp</h2>"))).body(not(containsString("<h2>Kết nối Zalo OA</h2>")))
                .body(not(containsString("href=\"/admin/zalo\"")));
        post(cookie, "/admin/settings/api-keys", "csrf", token, "hethong", "Chiếm quyền").statusCode(403);
        post(cookie, "/admin/settings/holidays", "csrf", token, "ngay", "2026-12-24", "ten", "Không được").statusCode(403);
        get(cookie, "/admin/settings/procedures").statusCode(403);
        get(cookie, "/admin/zalo").statusCode(403);
        assertThat(Db.count("select count(*) from api_key where source_system = 'Chiếm quyền'")).isZero();
        assertThat(Db.count("select count(*) from holiday where day = '2026-12-24'")).isZero();

        String province = session("quantri");
        get(province, "/admin/settings").statusCode(200).body(containsString("Khóa API của hệ thống tích hợp"))
                .body(containsString("href=\"/admin/zalo\"")).body(not(containsString("quản trị viên cấp tỉnh")));
        get(province, "/admin/settings/procedures").statusCode(200);
    }

    @Test
    void aCommuneAdministratorEditsOnlyItsOwnBranchOfTheAgencyTree() {
        String cookie = session("quantri.xa");
        String token = csrf(cookie);
        get(cookie, "/admin/settings").statusCode(200).body(containsString("UBND xã Hàm Thuận Bắc"))
                .body(containsString("Đã sáp nhập vào UBND xã Hàm Thuận Bắc")).body(not(containsString("UBND phường Phan Thiết")));
        post(cookie, "/admin/settings/agencies/" + agencyId(AdminFixture.OTHER_COMMUNE) + "/rename", "csrf", token,
                "ten", "Chiếm quyền").statusCode(404);
        post(cookie, "/admin/settings/agencies", "csrf", token, "cha", String.valueOf(agencyId(AdminFixture.OTHER_COMMUNE)),
                "ma", "000.10.01.H36", "ten", "Bộ phận một cửa").statusCode(404);
        post(cookie, "/admin/settings/agencies/" + agencyId(AdminFixture.COMMUNE) + "/rename", "csrf", token,
                "ten", "UBND xã Hàm Thuận Bắc (mới)").statusCode(303);
        post(cookie, "/admin/settings/agencies", "csrf", token, "cha", String.valueOf(agencyId(AdminFixture.COMMUNE)),
                "ma", "000.12.01.H36", "ten", "Bộ phận một cửa xã").statusCode(303);
        post(cookie, "/admin/settings/agencies", "csrf", token, "cha", String.valueOf(agencyId(AdminFixture.COMMUNE)),
                "ma", "000.12.01.H36", "ten", "Trùng mã").statusCode(409);
        post(cookie, "/admin/settings/agencies", "csrf", token, "cha", String.valueOf(agencyId(AdminFixture.COMMUNE)),
                "ma", "mã sai!", "ten", "Sai").statusCode(400);
        assertThat(Db.column("select name from agency where code = '000.10.00.H36'")).containsExactly("UBND phường Phan Thiết");
        assertThat(Db.column("select p.code from agency a join agency p on p.id = a.parent_id where a.code = '000.12.01.H36'"))
                .containsExactly(AdminFixture.COMMUNE);
        assertThat(Db.column("select action from audit_log order by id")).containsExactly("agency-rename", "agency-add");
    }

    @Test
    void onlyAdministratorsWithTheCsrfTokenChangeSettings() {
        get(session("giamsat"), "/admin/settings").statusCode(403);
        String officer = session("canbo");
        post(officer, "/admin/settings/holidays", "csrf", csrf(officer), "ngay", "2026-12-24", "ten", "X").statusCode(403);
        String admin = session("quantri");
        post(admin, "/admin/settings/holidays", "ngay", "2026-12-24", "ten", "X").statusCode(403);
        post(admin, "/admin/settings/api-keys", "csrf", "forged", "hethong", "X").statusCode(403);
        assertThat(Db.count("select count(*) from holiday where day = '2026-12-24'")).isZero();
        assertThat(Db.count("select count(*) from api_key")).isZero();
    }
}
