package vn.motcua.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The application behind a trusted local proxy: clients are told apart by {@code X-Forwarded-For}, so a test
 * can play many citizens from one machine. One profile for every such test: one Quarkus start between them.
 */
public class BehindLocalProxyProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("motcua.http.trusted-proxies", "127.0.0.1");
    }
}
