package vn.motcua.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A small lookup allowance (two a minute per client) behind a trusted proxy range, for the tests of the public
 * rate limits: the lookup's own and the per-client counting of forwarded clients. One profile, one Quarkus start.
 */
public class RateLimitedProfile implements QuarkusTestProfile {
    public static final int PER_MINUTE = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("motcua.lookup.rate-limit.per-minute", String.valueOf(PER_MINUTE),
                "motcua.http.trusted-proxies", "10.0.0.0/8,127.0.0.1");
    }
}
