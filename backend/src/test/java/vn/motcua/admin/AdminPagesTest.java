package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.auth.PasswordHasher;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Officers log in, see only their agency subtree (merged old agencies included), and get locked out. */
@QuarkusTest
class AdminPagesTest {
    static final Class<?> DB = PostgresTest.class;
    static final String PASSWORD = "Đúng@MậtKhẩu1";
    static String hash;

    static final String IN_COMMUNE = "000.12.00.H36-261118-0012";
    static final String IN_OLD_DISTRICT = "000.00.22.H12-250310-0042";
    static final String IN_OTHER_COMMUNE = "000.10.00.H36-261110-0021";

    @BeforeAll
    static void hashOnce() {
        if (hash != null) {
            return;
        }
        hash = PasswordHasher.hash(PASSWORD);
    }

    @BeforeEach
    void seed() {
        Db.reset();
        Db.execute("insert into agency(code, name) values ('000.00.00.H36', 'UBND tỉnh Lâm Đồng')");
        Db.execute("insert into agency(code, name, parent_id) select v.code, v.name, p.id from agency p, (values "
                + "('000.12.00.H36', 'UBND xã Hàm Thuận Bắc'), ('000.10.00.H36', 'UBND phường Phan Thiết')) v(code, name) "
                + "where p.code = '000.00.00.H36'");
        Db.execute("insert into agency(code, name, replaced_by_id, active) select '000.00.22.H12', 'UBND huyện Hàm Thuận Bắc', id, false "
                + "from agency where code = '000.12.00.H36'");
        record(IN_COMMUNE, "000.12.00.H36", "Trần Thị Hoa");
        record(IN_OLD_DISTRICT, "000.00.22.H12", "Đặng Thanh Nam");
        record(IN_OTHER_COMMUNE, "000.10.00.H36", "Lê Văn Cường");
        Db.execute("insert into officer(username, password_hash, full_name, role, agency_id) "
                + "select 'canbo', '" + hash + "', 'Lê Văn Cán Bộ', 'officer', id from agency where code = '000.12.00.H36'");
        Db.execute("insert into officer(username, password_hash, full_name, role, agency_id) "
                + "select 'quantri', '" + hash + "', 'Nguyễn Thị Quản Trị', 'administrator', id from agency where code = '000.00.00.H36'");
    }

    private static void record(String code, String agency, String name) {
        Api.postOwn("{\"code\":\"%s\",\"status\":4,\"agencyCode\":\"%s\",\"applicant\":{\"name\":\"%s\",\"phone\":\"0912000111\"}}"
                .formatted(code, agency, name)).statusCode(200);
    }

    static Response login(String user, String password) {
        return RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    static String session(String user) {
        Response response = login(user, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/admin");
        return response.getCookie("motcua-admin");
    }

    @Test
    void withoutLoginTheAdminSendsYouToTheLoginPage() {
        RestAssured.given().redirects().follow(false).get("/admin/dossiers").then().statusCode(302)
                .header("Location", containsString("/admin/login"));
        RestAssured.get("/admin/login").then().statusCode(200).body(containsString("Đăng nhập quản trị"));
    }

    @Test
    void aCommuneOfficerSeesOnlyTheCommuneAndWhatWasMergedIntoIt() {
        String cookie = session("canbo");
        RestAssured.given().cookie("motcua-admin", cookie).get("/admin/dossiers").then().statusCode(200)
                .body(containsString(IN_COMMUNE)).body(containsString(IN_OLD_DISTRICT))
                .body(not(containsString(IN_OTHER_COMMUNE)));
        RestAssured.given().cookie("motcua-admin", cookie).get("/admin/dossiers/{code}", IN_COMMUNE).then()
                .statusCode(200).body(containsString("Trần Thị Hoa"));
        RestAssured.given().cookie("motcua-admin", cookie).get("/admin/dossiers/{code}", IN_OTHER_COMMUNE).then()
                .statusCode(404).body(not(containsString("Lê Văn Cường")));
    }

    @Test
    void theProvincialAdministratorSeesEverythingAndSearchesWithoutDiacritics() {
        String cookie = session("QuanTri");
        RestAssured.given().cookie("motcua-admin", cookie).get("/admin/dossiers").then().statusCode(200)
                .body(containsString(IN_COMMUNE)).body(containsString(IN_OTHER_COMMUNE));
        RestAssured.given().cookie("motcua-admin", cookie).queryParam("ten", "le van cuong").get("/admin/dossiers")
                .then().statusCode(200).body(containsString(IN_OTHER_COMMUNE)).body(not(containsString(IN_COMMUNE)));
        RestAssured.given().cookie("motcua-admin", cookie).queryParam("sdt", "0912000111").get("/admin/dossiers")
                .then().body(containsString(IN_COMMUNE));
        RestAssured.given().cookie("motcua-admin", cookie).get("/admin").then().statusCode(200)
                .body(containsString("Đang xử lý"));
        RestAssured.given().cookie("motcua-admin", cookie).queryParam("trangthai", "42").get("/admin/dossiers")
                .then().statusCode(400);
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        assertThat(login("canbo", "wrong").header("Location")).contains("/admin/login?loi=1");
        for (int i = 0; i < 4; i++) {
            login("canbo", "wrong-" + i);
        }
        assertThat(login("canbo", PASSWORD).header("Location")).as("locked even with the right password")
                .contains("/admin/login?loi=1");
        assertThat(Db.count("select count(*) from officer where username = 'canbo' and locked_until > now()")).isEqualTo(1);
        assertThat(login("nobody", PASSWORD).header("Location")).contains("/admin/login?loi=1");
    }

    @Test
    void logoutNeedsTheCsrfToken() {
        String cookie = session("canbo");
        RestAssured.given().redirects().follow(false).cookie("motcua-admin", cookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", "forged").post("/admin/logout")
                .then().statusCode(403);
        String page = RestAssured.given().cookie("motcua-admin", cookie).get("/admin").asString();
        String token = page.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        RestAssured.given().redirects().follow(false).cookie("motcua-admin", cookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", token).post("/admin/logout")
                .then().statusCode(303).header("Set-Cookie", containsString("motcua-admin=;"));
    }

    @Test
    void theDossierPageShowsItsNotificationsAndWhyOneDidNotGo() {
        Db.execute("insert into notification (idempotency_key, dossier_id, kind, recipient_key, zalo_user_id, status, "
                + "channel, status_reason) select 'mc-admin-1', id, 'SUPPLEMENT_REQUIRED', 'u:z1', 'z1', 'sent', "
                + "'consultation', null from dossier where code = '" + IN_COMMUNE + "'");
        Db.execute("insert into notification (idempotency_key, dossier_id, kind, recipient_key, phone, status, "
                + "status_reason) select 'mc-admin-2', id, 'ACCEPTED', 'p:84912000111', '84912000111', 'undeliverable', "
                + "'Không có tài khoản Zalo liên kết' from dossier where code = '" + IN_COMMUNE + "'");
        String page = RestAssured.given().cookie("motcua-admin", session("canbo"))
                .get("/admin/dossiers/{code}", IN_COMMUNE).then().statusCode(200).extract().asString();
        assertThat(page).contains("Thông báo đã gửi cho người dân").contains("Yêu cầu bổ sung")
                .contains("Tin tư vấn OA (miễn phí)").contains("Đã gửi").contains("Không có kênh nhận tin")
                .contains("Không có tài khoản Zalo liên kết").contains("SĐT *******111");
    }
}
