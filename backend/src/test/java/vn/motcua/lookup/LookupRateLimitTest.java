package vn.motcua.lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import io.restassured.RestAssured;
import vn.motcua.support.Api;
import vn.motcua.support.PostgresTest;

import java.util.Map;

import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestProfile(LookupRateLimitTest.FivePerMinute.class)
class LookupRateLimitTest {
    static final Class<?> DB = PostgresTest.class;

    public static class FivePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.lookup.rate-limit.per-minute", "5", "motcua.http.trusted-proxies", "10.9.9.9");
        }
    }

    @Test
    void theSixthLookupInAMinuteIsRefusedWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            Api.lookup("000.00.22.H12-261120-999" + i).statusCode(404);
        }
        Api.lookup("000.00.22.H12-261120-9995").statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        // X-Forwarded-For from an untrusted peer is ignored: still the same client
        RestAssured.given().header("X-Forwarded-For", "203.0.113.7").get("/api/public/v1/dossiers/X-1").then()
                .statusCode(429);
    }
}
