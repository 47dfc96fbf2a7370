package vn.motcua.app;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.auth.AdminSettings;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.config.RunMode;
import vn.motcua.demo.DemoSettings;
import vn.motcua.demo.DemoStartupCheck;
import vn.motcua.intake.IntegrationSettings;
import vn.motcua.security.OperationsSettings;
import vn.motcua.zalo.ZaloConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an instance refuses to start with. The attack this guards against: a plain {@code java -jar} on a real
 * database (profile prod) signed sessions and tokens with keys published in the repository.
 */
class StartupSafetyTest {
    private static final String STRONG = InstanceSecretStore.generate();

    @AfterEach
    void clearMarker() {
        System.clearProperty(RunMode.EMBEDDED_DATABASE_PROPERTY);
    }

    private static StartupSafety safety(Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "motcua.access-token.keys.k1", STRONG,
                "motcua.access-token.id-hash-secret", InstanceSecretStore.generate(),
                "motcua.cors.local-origins", "http://localhost:8080",
                "zalo.mode", "live"));
        properties.putAll(overrides);
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(MotCuaConfig.class).withMapping(ZaloConfig.class)
                .withMapping(AdminSettings.class).withMapping(IntegrationSettings.class)
                .withMapping(OperationsSettings.class).withMapping(DemoSettings.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        MotCuaConfig motcua = config.getConfigMapping(MotCuaConfig.class);
        return new StartupSafety(motcua, config.getConfigMapping(AdminSettings.class),
                config.getConfigMapping(IntegrationSettings.class), config.getConfigMapping(OperationsSettings.class),
                config.getConfigMapping(ZaloConfig.class), new RunMode(motcua),
                List.of(new DemoStartupCheck(config.getConfigMapping(DemoSettings.class))));
    }

    @Test
    void generatedSecretsOnARealDatabaseWithLiveZaloStart() {
        assertThat(safety(Map.of()).problems()).isEmpty();
    }

    @Test
    void theKeysOnceWrittenInTheRepositoryAreRefusedInEveryProfile() {
        assertThat(safety(Map.of("motcua.access-token.keys.k1", "dev-only-access-token-key-change-me",
                "motcua.access-token.id-hash-secret", "dev-only-id-hash-secret-change-me")).problems())
                .hasSize(2).allMatch(p -> p.contains("published in the repository"));
    }

    @Test
    void shortOrLowVarietySecretsAreRefusedWithTheVariableToSet() {
        assertThat(safety(Map.of("motcua.access-token.keys.k2", "short-key")).problems())
                .containsExactly("MOTCUA_ACCESS_TOKEN_KEYS_K2 is refused: it is shorter than 32 bytes");
        assertThat(safety(Map.of("motcua.integration.bootstrap-key", "a".repeat(40))).problems())
                .singleElement().asString().startsWith("MOTCUA_INTEGRATION_BOOTSTRAP_KEY is refused: it has too little variety");
        assertThat(safety(Map.of("motcua.integration.bootstrap-key", "demo-key")).problems()).hasSize(1);
        assertThat(safety(Map.of("motcua.operations.token", "abababababababababababababababababab")).problems()).hasSize(1);
    }

    @Test
    void theFirstAdministratorsPasswordMustMeetThePolicy() {
        assertThat(safety(Map.of("motcua.admin.bootstrap-username", "quantri",
                "motcua.admin.bootstrap-password", "MotCua@2026")).problems()).hasSize(1);
        assertThat(safety(Map.of("motcua.admin.bootstrap-username", "quantri",
                "motcua.admin.bootstrap-password", "quantri@Tinh2026")).problems()).hasSize(1);
        assertThat(safety(Map.of("motcua.admin.bootstrap-username", "quantri",
                "motcua.admin.bootstrap-password", "Lam-Dong.Mot-Cua.2026")).problems()).isEmpty();
    }

    @Test
    void theSandboxRunsOnTheEmbeddedDemoOrAnExplicitPilotButNeverInProduction() {
        assertThat(safety(Map.of("zalo.mode", "sandbox")).problems()).singleElement().asString()
                .contains("MOTCUA_SANDBOX_ENABLED=true");
        assertThat(safety(Map.of("zalo.mode", "sandbox", "motcua.sandbox.enabled", "true")).problems()).isEmpty();
        assertThat(safety(Map.of("zalo.mode", "sandbox", "motcua.sandbox.enabled", "true", "motcua.strict", "true"))
                .problems()).singleElement().asString().contains("production profile never runs the Zalo sandbox");
        System.setProperty(RunMode.EMBEDDED_DATABASE_PROPERTY, "true");
        assertThat(safety(Map.of("zalo.mode", "sandbox")).problems()).isEmpty();
    }

    @Test
    void theDemosPublishedAccountsNeedTheDemoOrAPilot() {
        assertThat(safety(Map.of("motcua.demo-data", "true")).problems()).singleElement().asString()
                .contains("MOTCUA_DEMO_DATA");
        assertThat(safety(Map.of("motcua.demo-data", "true", "motcua.sandbox.enabled", "true")).problems()).isEmpty();
    }

    @Test
    void productionRefusesTheEmbeddedDatabase() {
        System.setProperty(RunMode.EMBEDDED_DATABASE_PROPERTY, "true");
        assertThat(safety(Map.of("motcua.strict", "true")).problems()).singleElement().asString()
                .contains("embedded database");
    }
}
