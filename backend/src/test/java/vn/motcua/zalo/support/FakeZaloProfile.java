package vn.motcua.zalo.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Live mode against the one local {@link FakeZalo}: the real gateway is what calls Zalo, for messages,
 * tokens, the Mini App's sign-in and the OA's connection alike.
 */
public class FakeZaloProfile implements QuarkusTestProfile {
    public static final String APP_ID = ZaloTestProfile.APP_ID;
    public static final String OA_SECRET_KEY = ZaloTestProfile.OA_SECRET_KEY;
    public static final String OA_ID = "388613280878808645";

    @Override
    public Map<String, String> getConfigOverrides() {
        FakeZalo.start();
        return Map.ofEntries(Map.entry("zalo.mode", "live"), Map.entry("zalo.app-id", APP_ID),
                Map.entry("zalo.oa-id", OA_ID), Map.entry("zalo.oa-secret-key", OA_SECRET_KEY),
                Map.entry("zalo.app-secret", FakeZalo.APP_SECRET),
                Map.entry("zalo.openapi-url", FakeZalo.url("")), Map.entry("zalo.business-url", FakeZalo.url("/business")),
                Map.entry("zalo.oauth-url", FakeZalo.url("/oauth")), Map.entry("zalo.graph-url", FakeZalo.url("/graph")),
                Map.entry("zalo.send-timeout", "PT2S"),
                // a circuit opened by a test's outage closes within the test's patience
                Map.entry("zalo.circuit-pause", "PT3S"),
                Map.entry("motcua.announcements.push-every", "1s"),
                // every test's two changes land inside the hold: the first is superseded
                Map.entry("motcua.notifications.hold", "PT1S"),
                // the quiet hours are tested on their own: here the phone channel is open day and night
                Map.entry("motcua.notifications.quiet-from", "00:00"),
                Map.entry("motcua.notifications.quiet-until", "00:00"));
    }
}
