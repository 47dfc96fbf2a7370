package vn.motcua.app;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Offers the installation's generated secrets ({@link InstanceSecretStore}) to the configuration, below every
 * other source: a secret an operator configures (environment, system property, application.properties)
 * always wins. Filled by {@link MotCuaMain} before Quarkus starts; empty at build time.
 */
public class GeneratedSecretsSource implements ConfigSource {
    /** Lower than application.properties (250) and the default META-INF/microprofile-config.properties (100). */
    static final int ORDINAL = 50;
    private static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    public static void offer(Map<String, String> secrets) {
        VALUES.putAll(secrets);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(VALUES.keySet());
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "motcua-generated-secrets";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
