package vn.motcua.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A province whose Mini App and OA are configured (their ids), for the tests of what links to them: the receipt
 * page's redirect and the promotion material. One profile for both: one Quarkus start between them.
 */
public class MiniAppProfile implements QuarkusTestProfile {
    public static final String MINI_APP_ID = "3141592653589793";
    public static final String OA_ID = "579745863508352884";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("zalo.mini-app-id", MINI_APP_ID, "zalo.oa-id", OA_ID);
    }
}
