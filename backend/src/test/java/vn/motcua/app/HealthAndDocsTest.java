package vn.motcua.app;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class HealthAndDocsTest {
    static final Class<?> DB = PostgresTest.class;
    /** %test.motcua.operations.token */
    static final String OPERATIONS = "Bearer ops-7Hq2Lm9Xv4Rb8Kc1Np6Wd3Zf5Tj0Sg";

    @Test
    void healthIncludesTheDatabaseAndIsOpenToProbes() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsStringIgnoringCase("database")));
    }

    @Test
    void openApiAndMetricsAreServedToOperators() {
        RestAssured.given().header("Authorization", OPERATIONS).get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/integration/dvcqg"))
                .body(containsString("/api/public/v1/dossiers/{code}"));
        RestAssured.get("/api/public/v1/procedures").then().statusCode(200);
        RestAssured.given().header("Authorization", OPERATIONS).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"));
        RestAssured.get("/").then().statusCode(200).body(containsString("Một Cửa Zalo"));
    }

    @Test
    void outsideTheDemoOperatorsEndpointsNeedTheToken() {
        for (String path : new String[]{"/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/swagger-ui/index.html",
                "/q/%6detrics"}) {
            RestAssured.given().urlEncodingEnabled(false).get(path).then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
            RestAssured.given().urlEncodingEnabled(false).header("Authorization", "Bearer wrong").get(path).then()
                    .statusCode(401);
        }
        // dot and empty segments: RestAssured's client removes some before sending (then 401 like the plain path);
        // those that reach the server are refused even before any token is looked at (UnsafePathFilter, 400)
        for (String path : new String[]{"/q/../q/metrics", "/q//metrics", "/api/../q/metrics"}) {
            RestAssured.given().urlEncodingEnabled(false).header("Authorization", "Bearer wrong").get(path).then()
                    .statusCode(org.hamcrest.Matchers.oneOf(400, 401)).contentType("application/problem+json");
        }
    }

    @Test
    void metricsNeverLabelRequestsByRawPath() {
        String code = "000.00.22.H12-261120-9" + System.nanoTime() % 1000;
        RestAssured.get("/api/public/v1/dossiers/" + code);
        RestAssured.get("/tra-cuu/" + code);
        RestAssured.get("/miniapp/dossier/" + code);
        RestAssured.get("/no-such-page/" + code);
        RestAssured.get("/api/integration/v1/dossiers/" + code + "/notifications");
        RestAssured.given().contentType("application/json").body("{").post("/api/public/v1/dossiers/" + code + "/access");
        RestAssured.get("/zalo_verifier" + code.replace(".", "") + ".html");
        RestAssured.given().redirects().follow(false).get("/admin/dossiers/" + code);
        RestAssured.given().urlEncodingEnabled(false).get("/api/public/v1/dossiers/" + code + "%2Fx");
        RestAssured.given().header("Authorization", OPERATIONS).get("/q/metrics").then().statusCode(200)
                .body(not(containsString(code)))
                .body(containsString("uri=\"/api/public/v1/dossiers/{code}\""));
    }
}
