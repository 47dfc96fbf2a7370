package vn.motcua.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Admin and dossier pages cannot be framed, cached or leak their URL (with its access token) as a referrer. */
@QuarkusTest
class SecurityHeadersTest {
    static final Class<?> DB = PostgresTest.class;

    private static void protectedPage(ValidatableResponse response, String scripts) {
        response.header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src " + scripts + ";"));
    }

    @Test
    void adminPagesAndTheirRedirects() {
        protectedPage(RestAssured.get("/admin/login").then().statusCode(200), "'self'");
        protectedPage(RestAssured.given().redirects().follow(false).get("/admin/dossiers").then().statusCode(302), "'self'");
        RestAssured.get("/static/admin.js").then().statusCode(200).body(containsString("data-confirm"));
    }

    @Test
    void dossierPagesCarryingATokenAreNeitherCachedNorReferred() {
        protectedPage(RestAssured.get("/tra-cuu").then().statusCode(200), "'none'");
        protectedPage(RestAssured.get("/tra-cuu/000.00.22.H12-261120-0001?t=k1.abc").then(), "'none'");
    }

    @Test
    void personalApiAnswersAreNotCached() {
        RestAssured.get("/api/public/v1/dossiers/000.00.22.H12-261120-0001?t=k1.abc").then()
                .header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin")
                .header("X-Frame-Options", nullValue());
        RestAssured.get("/api/public/v1/me/dossiers").then().header("Cache-Control", "no-store");
    }

    @Test
    void everyAnswerRefusesContentSniffing() {
        RestAssured.get("/").then().header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
