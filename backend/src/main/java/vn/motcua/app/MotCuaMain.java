package vn.motcua.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the product. When no database is configured (a newcomer's first run), an embedded PostgreSQL is
 * started first and the datasource points at it; a production profile refuses that. Then the installation's
 * generated secrets are read from the database (made on the first start) for every secret nobody configured.
 */
@QuarkusMain
public class MotCuaMain {

    public static void main(String... args) {
        // before anything touches java.util.logging, so that the embedded database logs through Quarkus
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        if (EmbeddedDatabase.noDatasourceConfigured()) {
            if (EmbeddedDatabase.productionProfile()) {
                System.err.println("Refusing to start: the production profile needs QUARKUS_DATASOURCE_REACTIVE_URL "
                        + "and QUARKUS_DATASOURCE_JDBC_URL (no embedded database in production).");
                System.exit(2);
            }
            EmbeddedDatabase.start();
        }
        if (!SecretsAtStart.load()) {
            System.exit(2);
        }
        Quarkus.run(args);
    }
}
