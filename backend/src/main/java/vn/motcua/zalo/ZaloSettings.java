package vn.motcua.zalo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The effective Zalo credentials: the configured ones, or in sandbox mode demo values so that the simulator and
 * curl examples work with no configuration. Live mode refuses to start without the real ones.
 */
@ApplicationScoped
public class ZaloSettings {
    public static final String SANDBOX_APP_ID = "sandbox-app";
    public static final String SANDBOX_OA_ID = "sandbox-oa";
    public static final String SANDBOX_OA_SECRET_KEY = "sandbox-oa-secret-key";
    public static final String SANDBOX_APP_SECRET = "sandbox-app-secret";

    private final ZaloConfig config;

    public ZaloSettings(ZaloConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> missing = missingForLive(config);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("zalo.mode=live needs " + String.join(", ", missing));
        }
        Log.infof("Zalo mode: %s (app %s, OA %s)", config.mode(), appId(), oaId());
    }

    /** The settings live mode cannot run without (environment names, as operators set them). */
    public static List<String> missingForLive(ZaloConfig config) {
        List<String> missing = new ArrayList<>();
        if (config.mode() != ZaloConfig.Mode.LIVE) {
            return missing;
        }
        check(config.appId(), "ZALO_APP_ID", missing);
        check(config.oaId(), "ZALO_OA_ID", missing);
        check(config.oaSecretKey(), "ZALO_OA_SECRET_KEY", missing);
        check(config.appSecret(), "ZALO_APP_SECRET", missing);
        return missing;
    }

    private static void check(Optional<String> value, String name, List<String> missing) {
        if (value.filter(v -> !v.isBlank()).isEmpty()) {
            missing.add(name);
        }
    }

    public boolean sandbox() {
        return config.mode() == ZaloConfig.Mode.SANDBOX;
    }

    public String appId() {
        return value(config.appId(), SANDBOX_APP_ID);
    }

    public String oaId() {
        return value(config.oaId(), SANDBOX_OA_ID);
    }

    public String oaSecretKey() {
        return value(config.oaSecretKey(), SANDBOX_OA_SECRET_KEY);
    }

    public String appSecret() {
        return value(config.appSecret(), SANDBOX_APP_SECRET);
    }

    /** No demo value: without a real Mini App, links go to the web page instead. */
    public Optional<String> miniAppId() {
        return config.miniAppId().map(String::strip).filter(id -> !id.isEmpty());
    }

    public ZaloConfig config() {
        return config;
    }

    private String value(Optional<String> configured, String sandboxDefault) {
        Optional<String> value = configured.map(String::strip).filter(v -> !v.isEmpty());
        return sandbox() ? value.orElse(sandboxDefault) : value.orElseThrow();
    }
}
