package vn.motcua.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.config.MotCuaConfig;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionChecksTest {

    @AfterEach
    void clearMarker() {
        System.clearProperty(EmbeddedDatabase.MARKER);
    }

    /** A configuration with only what the checks read. */
    private static MotCuaConfig config(boolean strict, String key, String idSecret) {
        MotCuaConfig.AccessToken tokens = (MotCuaConfig.AccessToken) Proxy.newProxyInstance(
                MotCuaConfig.class.getClassLoader(), new Class<?>[]{MotCuaConfig.AccessToken.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "keys" -> Map.of("k1", key);
                    case "idHashSecret" -> idSecret;
                    case "currentKeyId" -> "k1";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (MotCuaConfig) Proxy.newProxyInstance(MotCuaConfig.class.getClassLoader(),
                new Class<?>[]{MotCuaConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "strict" -> strict;
                    case "accessToken" -> tokens;
                    case "demoData" -> Optional.empty();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void productionRefusesDevelopmentSecretsAndTheEmbeddedDatabase() {
        System.setProperty(EmbeddedDatabase.MARKER, "true");
        assertThat(new ProductionChecks(config(true, "dev-only-access-token-key-change-me", "short"),
                "dev-only-admin-session-key-change-me").problems()).hasSize(4);
    }

    @Test
    void productionWithRealSecretsAndDatabaseStarts() {
        String strong = "f3b1c9e27a4d4e8b9c0d1e2f3a4b5c6d7e8f9a0b";
        assertThat(new ProductionChecks(config(true, strong, strong), strong).problems()).isEmpty();
    }

    @Test
    void outsideProductionNothingIsChecked() {
        System.setProperty(EmbeddedDatabase.MARKER, "true");
        assertThat(new ProductionChecks(config(false, "dev-only", "dev-only"), "dev-only").problems()).isEmpty();
    }
}
