package vn.motcua.zalo.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The Zalo tests' configuration: the reference test vector's app id and OA secret key (so the documented
 * vector goes through the real webhook), and the one {@link FakeZalo} for the token endpoint and the media CDN,
 * whose plain-http origin is allowed as a photo host besides Zalo's.
 */
public class ZaloTestProfile implements QuarkusTestProfile {
    public static final String APP_ID = "3608465248940903967";
    public static final String OA_SECRET_KEY = "EXAMPLE_OA_SECRET_KEY";

    @Override
    public Map<String, String> getConfigOverrides() {
        // started here, before the application, so that the photo URLs of a test's events resolve
        FakeZalo.start();
        return Map.of("zalo.app-id", APP_ID, "zalo.oa-secret-key", OA_SECRET_KEY,
                "zalo.attachment-hosts", "*.zdn.vn,*.zadn.vn," + FakeZalo.url(""),
                "zalo.attachment-timeout", "PT2S", "zalo.attachment-max-bytes", "2000000",
                "zalo.hotline", "02523822222", "zalo.domain-verification-code", "AbC123xyz",
                "zalo.webhook-max-bytes", "16384", "zalo.oauth-url", FakeZalo.url("/oauth"),
                "zalo.initial-refresh-token", "refresh-0");
    }
}
