package vn.motcua.app;

import io.quarkus.arc.All;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.motcua.admin.auth.AdminSettings;
import vn.motcua.admin.auth.PasswordPolicy;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.config.RunMode;
import vn.motcua.config.StartupCheck;
import vn.motcua.intake.IntegrationSettings;
import vn.motcua.security.OperationsSettings;
import vn.motcua.zalo.ZaloConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start an instance that would be unsafe: weak or published secrets, a weak first administrator's
 * password, the Zalo sandbox outside the demo, (production profile) the embedded database, and whatever a
 * feature's {@link StartupCheck} refuses, such as the demo's published accounts outside the demo. Runs before
 * every other start-up step, so nothing is created with bad settings.
 */
@ApplicationScoped
public class StartupSafety {
    private final MotCuaConfig config;
    private final AdminSettings admin;
    private final IntegrationSettings integration;
    private final OperationsSettings operations;
    private final ZaloConfig zalo;
    private final RunMode mode;
    /** The features' own checks (the demo's published accounts, for one): config defines them, features add them. */
    private final List<StartupCheck> checks;

    public StartupSafety(MotCuaConfig config, AdminSettings admin, IntegrationSettings integration,
                         OperationsSettings operations, ZaloConfig zalo, RunMode mode,
                         @All List<StartupCheck> checks) {
        this.config = config;
        this.admin = admin;
        this.integration = integration;
        this.operations = operations;
        this.zalo = zalo;
        this.mode = mode;
        this.checks = checks;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> Log.error("Unsafe setting: " + p));
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
        Log.infof("Run mode: %s database%s, sandbox %s", mode.embeddedDatabase() ? "embedded demo" : "real",
                mode.production() ? " (production profile)" : "", mode.sandboxAllowed() ? "allowed" : "off");
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        config.accessToken().keys().forEach((id, key) -> secret(key, "MOTCUA_ACCESS_TOKEN_KEYS_" + id.toUpperCase(), problems));
        secret(config.accessToken().idHashSecret(), "MOTCUA_ACCESS_TOKEN_ID_HASH_SECRET", problems);
        integration.bootstrapKey().ifPresent(key -> secret(key, "MOTCUA_INTEGRATION_BOOTSTRAP_KEY", problems));
        operations.token().ifPresent(token -> secret(token, "MOTCUA_OPERATIONS_TOKEN", problems));
        admin.bootstrapPassword().ifPresent(password -> PasswordPolicy
                .problem(password, admin.bootstrapUsername().orElse(null))
                .ifPresent(p -> problems.add("MOTCUA_ADMIN_BOOTSTRAP_PASSWORD does not meet the password policy: "
                        + "12 to 200 characters, three of lower case, upper case, digits and other characters, "
                        + "not containing the user name")));
        if (mode.production() && mode.embeddedDatabase()) {
            problems.add("the embedded database is running; set QUARKUS_DATASOURCE_REACTIVE_URL and _JDBC_URL");
        }
        if (zalo.mode() == ZaloConfig.Mode.SANDBOX && !mode.sandboxAllowed()) {
            problems.add(mode.production()
                    ? "the production profile never runs the Zalo sandbox: set ZALO_MODE=live and the ZALO_* settings"
                    : "the Zalo sandbox runs only on the embedded demo database: set ZALO_MODE=live and the ZALO_* "
                    + "settings, or allow a pilot explicitly with MOTCUA_SANDBOX_ENABLED=true");
        }
        checks.forEach(check -> check.refusal(mode).ifPresent(problems::add));
        return problems;
    }

    private static void secret(String value, String name, List<String> problems) {
        SecretStrength.weakness(value).ifPresent(why -> problems.add(name + " is refused: " + why));
    }
}
