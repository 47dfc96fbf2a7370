package vn.motcua.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.RateLimitedProfile;

/**
 * Behind a trusted proxy, each forwarded client has its own allowance, shared by lookups, access proofs and
 * ratings; the client is the rightmost untrusted address over every X-Forwarded-For line.
 */
@QuarkusTest
@TestProfile(RateLimitedProfile.class)
class ClientAddressTest {
    static final Class<?> DB = PostgresTest.class;

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

    @Test
    void everyForwardedForLineCountsAndTheRightmostUntrustedAddressIsTheClient() {
        org.assertj.core.api.Assertions.assertThat(new int[]{lookupAs("198.51.100.40"), lookupAs("198.51.100.40")})
                .containsExactly(404, 404);
        // a forged first line must not make a new client: the proxy appended the real one on a later line
        org.assertj.core.api.Assertions.assertThat(RestAssured.given().header("X-Forwarded-For", "1.2.3.4")
                .header("X-Forwarded-For", "198.51.100.40").get("/api/public/v1/dossiers/X-404").then().extract().statusCode())
                .isEqualTo(429);
        // trusted proxies (a CIDR range here) on the right are skipped
        org.assertj.core.api.Assertions.assertThat(RestAssured.given().header("X-Forwarded-For", "5.6.7.8, 198.51.100.40")
                .header("X-Forwarded-For", "10.1.2.3").get("/api/public/v1/dossiers/X-404").then().extract().statusCode())
                .isEqualTo(429);
    }

    @Test
    void accessProofsAndRatingsAreRateLimitedLikeLookups() {
        String client = "198.51.100.50";
        int first = RestAssured.given().header("X-Forwarded-For", client).contentType("application/json")
                .body("{\"phone\":\"0900000000\"}").post("/api/public/v1/dossiers/X-404/access").then().extract().statusCode();
        int second = RestAssured.given().header("X-Forwarded-For", client).contentType("application/json")
                .body("{\"token\":\"k1.x\",\"level\":3}").post("/api/public/v1/dossiers/X-404/rating").then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(new int[]{first, second}).containsExactly(403, 404);
        RestAssured.given().header("X-Forwarded-For", client).contentType("application/json")
                .body("{\"phone\":\"0900000000\"}").post("/api/public/v1/dossiers/X-404/access").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        RestAssured.given().header("X-Forwarded-For", client).contentType("application/json")
                .body("{\"token\":\"k1.x\",\"level\":3}").post("/api/public/v1/dossiers/X-404/rating").then().statusCode(429);
        RestAssured.given().header("X-Forwarded-For", "198.51.100.51").contentType("application/json")
                .body("{\"token\":\"k1.x\",\"level\":3}").post("/api/public/v1/dossiers/X-404/rating").then().statusCode(404);
    }
}
