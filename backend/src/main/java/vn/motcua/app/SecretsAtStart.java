package vn.motcua.app;

import java.sql.SQLException;
import java.util.Map;

/**
 * Reads the installation's generated secrets before Quarkus starts, from the database the launcher is about
 * to use (environment or system properties, as {@link EmbeddedDatabase} sets them). Waits a little for a
 * database that is still starting (several instances, an orchestrator starting everything at once).
 */
final class SecretsAtStart {
    private static final int ATTEMPTS = 30;
    private static final long PAUSE_MILLIS = 2_000;

    private SecretsAtStart() {
    }

    /** False (with the reason printed) when the database could not be reached to read or make them. */
    static boolean load() {
        String url = setting("quarkus.datasource.jdbc.url", null);
        String user = setting("quarkus.datasource.username", "postgres");
        String password = setting("quarkus.datasource.password", "");
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Map<String, String> secrets = InstanceSecretStore.loadOrCreate(url, user, password);
                GeneratedSecretsSource.offer(secrets);
                return true;
            } catch (SQLException e) {
                last = e;
                System.err.println("Waiting for the database to read the installation's secrets (" + attempt + "/"
                        + ATTEMPTS + "): " + e.getMessage());
                sleep();
            }
        }
        System.err.println("Refusing to start: could not read or create the installation's secrets in " + url
                + " (schema motcua_secret; the database user needs the right to create it on the first start): "
                + (last == null ? "" : last.getMessage()));
        return false;
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void sleep() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
