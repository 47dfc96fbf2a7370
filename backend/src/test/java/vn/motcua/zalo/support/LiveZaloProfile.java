package vn.motcua.zalo.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Live mode with every Zalo server (graph, OpenAPI, OAuth) played by {@link FakeZalo} on one local port. */
public class LiveZaloProfile implements QuarkusTestProfile {
    public static final int PORT = FakeZalo.freePort();
    public static final String OA_ID = "388613280878808645";

    @Override
    public Map<String, String> getConfigOverrides() {
        String url = "http://127.0.0.1:" + PORT;
        return Map.of("zalo.mode", "live", "zalo.app-id", ZaloTestProfile.APP_ID, "zalo.oa-id", OA_ID,
                "zalo.oa-secret-key", ZaloTestProfile.OA_SECRET_KEY, "zalo.app-secret", FakeZalo.APP_SECRET,
                "zalo.graph-url", url, "zalo.openapi-url", url, "zalo.oauth-url", url, "zalo.send-timeout", "PT2S",
                "motcua.public-base-url", "https://motcua.example.vn");
    }
}
