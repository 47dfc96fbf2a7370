package vn.motcua.admin.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.AdminFixture;
import vn.motcua.support.Db;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The admin's sessions live on the server: logout, deactivation and password resets end them for real. */
@QuarkusTest
class AdminSessionTest {

    @BeforeEach
    void seed() {
        AdminFixture.seed();
    }

    private static Response login(String user) {
        return RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", user).formParam("j_password", "Đúng@MậtKhẩu1").post("/j_security_check");
    }

    @Test
    void theSessionCookieIsARandomTokenForTheAdminOnlyAndNotForScripts() {
        Response response = login("canbo");
        String setCookie = String.join("\n", response.headers().getValues("Set-Cookie"));
        assertThat(setCookie).containsPattern("motcua-admin=[A-Za-z0-9_-]{43}")
                .containsIgnoringCase("Path=/admin").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .contains("motcua-device=");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(Db.count("select count(*) from officer_session")).isEqualTo(1);
        assertThat(Db.column("select token_hash from officer_session").get(0))
                .as("only the hash is stored").isNotEqualTo(response.getCookie("motcua-admin"));
    }

    @Test
    void afterLogoutTheSameCookieNoLongerOpensAnything() {
        String cookie = AdminFixture.session("canbo");
        String token = AdminFixture.csrf(cookie);
        AdminFixture.post(cookie, "/admin/logout", Map.of("csrf", token)).statusCode(303);
        AdminFixture.get(cookie, "/admin/dossiers").statusCode(302).header("Location", containsString("/admin/login"));
        assertThat(Db.count("select count(*) from officer_session")).isZero();
    }

    @Test
    void everySessionHasItsOwnCsrfToken() {
        String first = AdminFixture.session("canbo");
        String second = AdminFixture.session("canbo");
        assertThat(AdminFixture.csrf(first)).isNotEqualTo(AdminFixture.csrf(second)).hasSizeGreaterThan(30);
        AdminFixture.post(second, "/admin/logout", Map.of("csrf", AdminFixture.csrf(first))).statusCode(403);
    }

    @Test
    void aForgedOrStaleCookieIsJustAnonymous() {
        AdminFixture.get("forged-value", "/admin").statusCode(302);
        AdminFixture.get("A".repeat(43), "/admin").statusCode(302);
        RestAssured.given().cookie("motcua-admin", "A".repeat(43)).get("/api/public/v1/procedures").then().statusCode(200);
    }

    @Test
    void deactivatingOrResettingAnOfficerEndsTheirSessions() {
        String officer = AdminFixture.session("canbo");
        String admin = AdminFixture.session("quantri.xa");
        AdminFixture.post(admin, "/admin/officers/" + AdminFixture.officerId("canbo") + "/password",
                Map.of("csrf", AdminFixture.csrf(admin), "matkhau", "Mới-Mật-Khẩu-2026")).statusCode(200);
        AdminFixture.get(officer, "/admin").statusCode(302);
        String again = RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", "canbo").formParam("j_password", "Mới-Mật-Khẩu-2026").post("/j_security_check")
                .getCookie("motcua-admin");
        AdminFixture.get(again, "/admin").statusCode(200);
        AdminFixture.post(admin, "/admin/officers/" + AdminFixture.officerId("canbo") + "/deactivate",
                Map.of("csrf", AdminFixture.csrf(admin))).statusCode(303);
        AdminFixture.get(again, "/admin").statusCode(302);
    }
}
