package vn.motcua.zalo;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Sandbox works with nothing configured; live refuses to start without every credential. */
class ZaloSettingsTest {

    private static ZaloConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ZaloConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return config.getConfigMapping(ZaloConfig.class);
    }

    @Test
    void sandboxNeedsNothingAndUsesTheInstallationsGeneratedSecrets() {
        ZaloConfig config = config(Map.of());
        assertThat(config.mode()).isEqualTo(ZaloConfig.Mode.SANDBOX);
        assertThat(ZaloSettings.missingForLive(config)).isEmpty();
        String generated = vn.motcua.app.InstanceSecretStore.generate();
        ZaloSettings settings = new ZaloSettings(config, Optional.of(generated), Optional.of("app-" + generated));
        assertThat(settings.appId()).isEqualTo("sandbox-app");
        assertThat(settings.oaSecretKey()).isEqualTo(generated).hasSize(43);
        assertThat(settings.appSecret()).isEqualTo("app-" + generated);
        assertThat(settings.miniAppId()).isEmpty();
        assertThat(config.openapiUrl()).isEqualTo("https://openapi.zalo.me");
        assertThat(config.businessUrl()).isEqualTo("https://business.openapi.zalo.me");
        assertThat(config.oauthUrl()).isEqualTo("https://oauth.zaloapp.com");
        assertThat(config.graphUrl()).isEqualTo("https://graph.zalo.me");
        assertThat(config.attachmentHosts()).contains("*.zdn.vn", "*.zadn.vn");
        assertThat(config.signatureOrder()).isEqualTo(ZaloConfig.SignatureOrder.APP_ID_FIRST);
    }

    @Test
    void sandboxWithoutGeneratedSecretsRefusesInsteadOfUsingAPublishedOne() {
        ZaloSettings settings = new ZaloSettings(config(Map.of()), Optional.empty(), Optional.empty());
        org.assertj.core.api.Assertions.assertThatThrownBy(settings::oaSecretKey)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("motcua.sandbox.oa-secret-key");
    }

    @Test
    void liveRefusesToStartWithoutCredentials() {
        ZaloConfig partial = config(Map.of("zalo.mode", "live", "zalo.app-id", "123", "zalo.oa-secret-key", " "));
        assertThat(ZaloSettings.missingForLive(partial))
                .containsExactly("ZALO_OA_ID", "ZALO_OA_SECRET_KEY", "ZALO_APP_SECRET");
        ZaloConfig complete = config(Map.of("zalo.mode", "live", "zalo.app-id", "123", "zalo.oa-id", "456",
                "zalo.oa-secret-key", "k", "zalo.app-secret", "s", "zalo.signature-order", "oa-id-first"));
        assertThat(ZaloSettings.missingForLive(complete)).isEmpty();
        assertThat(new ZaloSettings(complete, Optional.empty(), Optional.empty()).appId()).isEqualTo("123");
        assertThat(complete.signatureOrder()).isEqualTo(ZaloConfig.SignatureOrder.OA_ID_FIRST);
    }
}
