package vn.motcua.lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.RateLimitedProfile;

import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestProfile(RateLimitedProfile.class)
class LookupRateLimitTest {
    static final Class<?> DB = PostgresTest.class;

    @Test
    void theLookupPastTheAllowanceIsRefusedWithRetryAfter() {
        for (int i = 0; i < RateLimitedProfile.PER_MINUTE; i++) {
            Api.lookup("000.00.22.H12-261120-999" + i).statusCode(404);
        }
        Api.lookup("000.00.22.H12-261120-9995").statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        // (a stranger's X-Forwarded-For is ignored: ClientAddressRulesTest, since the test client is a trusted proxy here)
    }
}
