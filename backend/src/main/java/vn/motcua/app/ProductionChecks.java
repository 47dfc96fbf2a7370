package vn.motcua.app;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.motcua.config.MotCuaConfig;

import java.util.ArrayList;
import java.util.List;

/** In the production profile, refuse to start on the embedded database or on development secrets. */
@ApplicationScoped
public class ProductionChecks {
    private final MotCuaConfig config;
    private final boolean strict;

    private final String sessionKey;

    public ProductionChecks(MotCuaConfig config,
                            @org.eclipse.microprofile.config.inject.ConfigProperty(
                                    name = "quarkus.http.auth.session.encryption-key") String sessionKey) {
        this.config = config;
        this.strict = config.strict();
        this.sessionKey = sessionKey;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> Log.error("Production check failed: " + p));
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!strict) {
            return problems;
        }
        if (Boolean.getBoolean(EmbeddedDatabase.MARKER)) {
            problems.add("the embedded database is running; set QUARKUS_DATASOURCE_REACTIVE_URL and _JDBC_URL");
        }
        config.accessToken().keys().forEach((id, key) -> {
            if (key.startsWith("dev-only") || key.length() < 32) {
                problems.add("access token key '" + id + "' is a development or short secret (MOTCUA_ACCESS_TOKEN_KEYS_"
                        + id.toUpperCase() + ")");
            }
        });
        if (sessionKey == null || sessionKey.startsWith("dev-only") || sessionKey.length() < 32) {
            problems.add("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY (officers' sessions) is a development or short secret");
        }
        String idSecret = config.accessToken().idHashSecret();
        if (idSecret.startsWith("dev-only") || idSecret.length() < 32) {
            problems.add("MOTCUA_ACCESS_TOKEN_ID_HASH_SECRET is a development or short secret");
        }
        return problems;
    }
}
