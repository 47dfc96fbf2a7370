package vn.motcua.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * Readiness means ready: on an empty database with the demo on, /q/health/ready stays DOWN while the demo
 * loads, and the moment it says UP the README's codes answer and the demo officers can sign in.
 */
@QuarkusTest
@TestProfile(DemoReadinessTest.DemoOn.class)
class DemoReadinessTest {
    static final Class<?> DB = PostgresTest.class;

    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a larger demo, so that loading visibly takes a while
            return Map.of("motcua.demo-data", "true", "motcua.demo-dossiers", "3000");
        }
    }

    @Test
    void readyOnlyOnceTheDemoIsThere() throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 120_000;
        Response ready;
        do {
            ready = RestAssured.get("/q/health/ready");
            seen.add(ready.statusCode() + " " + ready.jsonPath().getString("checks.find { it.name == 'demo-data' }.status"));
            if (ready.statusCode() == 200) {
                break;
            }
            Thread.sleep(20);
        } while (System.currentTimeMillis() < deadline);

        ready.then().statusCode(200).body("checks.name", hasItem("demo-data"));
        for (String code : List.of("000.00.22.H12-261120-0007", "000.12.00.H36-261118-0012",
                "000.00.22.H12-250310-0042", "000.15.00.H36-261105-0008")) {
            RestAssured.get("/api/public/v1/dossiers/{code}", code).then().statusCode(200);
        }
        assertThat(Db.count("select count(*) from officer where username in ('quantri', 'canbo.hamthuanbac')"))
                .isEqualTo(2);
        assertThat(Db.count("select count(*) from dossier")).isGreaterThanOrEqualTo(3000);
        assertThat(seen).as("DOWN while loading (%s)", seen).first().asString().startsWith("503 DOWN");
    }
}
