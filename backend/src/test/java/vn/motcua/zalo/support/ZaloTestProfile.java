package vn.motcua.zalo.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The Zalo tests' configuration: the reference test vector's app id and OA secret key (so the documented
 * vector goes through the real webhook), and one local plain-http photo host allowed besides Zalo's.
 */
public class ZaloTestProfile implements QuarkusTestProfile {
    public static final String APP_ID = "3608465248940903967";
    public static final String OA_SECRET_KEY = "EXAMPLE_OA_SECRET_KEY";
    public static final int PHOTO_PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("zalo.app-id", APP_ID, "zalo.oa-secret-key", OA_SECRET_KEY,
                "zalo.attachment-hosts", "*.zdn.vn,*.zadn.vn,http://127.0.0.1:" + PHOTO_PORT,
                "zalo.attachment-timeout", "PT2S", "zalo.attachment-max-bytes", "2000000",
                "zalo.hotline", "02523822222", "zalo.domain-verification-code", "AbC123xyz",
                "zalo.webhook-max-bytes", "16384", "zalo.oauth-url", FakeZalo.url("/oauth"),
                "zalo.initial-refresh-token", "refresh-0");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
