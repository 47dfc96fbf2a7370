package vn.motcua.demo;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import vn.motcua.config.MotCuaConfig;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo's settings keep the names operators' scripts use ({@code motcua.demo-data}, {@code motcua.demo-dossiers})
 * in a mapping of their own beside {@link MotCuaConfig}, under the same prefix. Unknown-property validation is on
 * (as SmallRye's default), so a name neither mapping took would fail the start.
 */
class DemoSettingsTest {
    private static final Map<String, String> PROPERTIES = Map.of(
            "motcua.demo-data", "true", "motcua.demo-dossiers", "42",
            "motcua.access-token.keys.k1", "k", "motcua.access-token.id-hash-secret", "s",
            "motcua.cors.local-origins", "http://localhost:8080");

    private static SmallRyeConfig config(Class<?>... mappings) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(PROPERTIES, "test", 500));
        for (Class<?> mapping : mappings) {
            builder.withMapping(mapping);
        }
        return builder.build();
    }

    @Test
    void twoMappingsShareThePrefixEachReadingItsOwnNames() {
        SmallRyeConfig config = config(MotCuaConfig.class, DemoSettings.class);
        DemoSettings demo = config.getConfigMapping(DemoSettings.class);
        assertThat(demo.demoData()).contains(true);
        assertThat(demo.demoDossiers()).isEqualTo(42);
        assertThat(config.getConfigMapping(MotCuaConfig.class).publicBaseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void withoutTheDemosMappingItsNamesAreUnknown() {
        assertThatThrownBy(() -> config(MotCuaConfig.class)).hasStackTraceContaining("motcua.demo-data");
    }
}
