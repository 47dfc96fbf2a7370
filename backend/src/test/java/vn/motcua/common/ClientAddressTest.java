package vn.motcua.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import java.util.Map;

/** Behind a trusted proxy, each forwarded client has its own lookup allowance. */
@QuarkusTest
@TestProfile(ClientAddressTest.BehindProxy.class)
class ClientAddressTest {
    static final Class<?> DB = PostgresTest.class;

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.lookup.rate-limit.per-minute", "2", "motcua.http.trusted-proxies", "127.0.0.1");
        }
    }

    private static int lookupAs(String forwardedFor) {
        return RestAssured.given().header("X-Forwarded-For", forwardedFor)
                .get("/api/public/v1/dossiers/X-404").then().extract().statusCode();
    }

    @Test
    void forwardedClientsAreCountedSeparately() {
        org.assertj.core.api.Assertions.assertThat(new int[]{lookupAs("198.51.100.1"), lookupAs("198.51.100.1"),
                lookupAs("198.51.100.1")}).containsExactly(404, 404, 429);
        // a spoofed left-most hop does not help: the nearest untrusted hop counts
        org.assertj.core.api.Assertions.assertThat(lookupAs("1.2.3.4, 198.51.100.1")).isEqualTo(429);
        org.assertj.core.api.Assertions.assertThat(lookupAs("198.51.100.2")).isEqualTo(404);
    }
}
