package vn.motcua.app;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class HealthAndDocsTest {
    static final Class<?> DB = PostgresTest.class;

    @Test
    void healthIncludesTheDatabase() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsStringIgnoringCase("database")));
    }

    @Test
    void openApiAndMetricsAreServed() {
        RestAssured.get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/integration/dvcqg"))
                .body(containsString("/api/public/v1/dossiers/{code}"));
        RestAssured.get("/api/public/v1/procedures").then().statusCode(200);
        RestAssured.get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        RestAssured.get("/").then().statusCode(200).body(containsString("Một Cửa Zalo"));
    }
}
