package vn.motcua.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import static org.hamcrest.Matchers.containsString;

/** The built Mini App is served at /miniapp/; deep-link paths get its page, missing files a 404. */
@QuarkusTest
class MiniAppResourceTest {
    static final Class<?> DB = PostgresTest.class;

    @Test
    void deepLinksOpenTheAppAndMissingFilesAreNotFound() {
        RestAssured.given().redirects().follow(false).get("/miniapp").then().statusCode(301)
                .header("Location", containsString("/miniapp/"));
        RestAssured.given().queryParam("code", "000.00.22.H12-261120-0007").get("/miniapp/dossier").then()
                .statusCode(200).contentType(containsString("text/html")).body(containsString("<div id"));
        RestAssured.get("/miniapp/assets/does-not-exist.js").then().statusCode(404);
        RestAssured.get("/miniapp/app-config.json").then().statusCode(200).body(containsString("listSyncJS"));
    }
}
