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

    private final ZaloConfig config;
    /** The sandbox's secrets are the installation's own, generated on its first start (never a published value). */
    private final Optional<String> sandboxOaSecretKey;
    private final Optional<String> sandboxAppSecret;

    @jakarta.inject.Inject
    public ZaloSettings(ZaloConfig config, vn.motcua.config.MotCuaConfig motcua) {
        this(config, motcua.sandbox().oaSecretKey(), motcua.sandbox().appSecret());
    }

    public ZaloSettings(ZaloConfig config, Optional<String> sandboxOaSecretKey, Optional<String> sandboxAppSecret) {
        this.config = config;
        this.sandboxOaSecretKey = sandboxOaSecretKey;
        this.sandboxAppSecret = sandboxAppSecret;
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
        return secret(config.oaSecretKey(), sandboxOaSecretKey, "motcua.sandbox.oa-secret-key");
    }

    public String appSecret() {
        return secret(config.appSecret(), sandboxAppSecret, "motcua.sandbox.app-secret");
    }

    /** No demo value: without a real Mini App, links go to the web page instead. */
    public Optional<String> miniAppId() {
        return config.miniAppId().map(String::strip).filter(id -> !id.isEmpty());
    }

    public ZaloConfig config() {
        return config;
    }

    private String secret(Optional<String> configured, Optional<String> sandboxSecret, String name) {
        Optional<String> value = configured.map(String::strip).filter(v -> !v.isEmpty());
        if (!sandbox()) {
            return value.orElseThrow();
        }
        return value.or(() -> sandboxSecret).orElseThrow(() -> new IllegalStateException(
                "No " + name + ": the launcher generates it on the first start (see docs/operations.md, Security)"));
    }

    private String value(Optional<String> configured, String sandboxDefault) {
        Optional<String> value = configured.map(String::strip).filter(v -> !v.isEmpty());
        return sandbox() ? value.orElse(sandboxDefault) : value.orElseThrow();
    }
}
