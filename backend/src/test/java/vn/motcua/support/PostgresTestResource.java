package vn.motcua.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import vn.motcua.app.InstanceSecretStore;

/**
 * Tests run against a real PostgreSQL: the machine's server on 127.0.0.1:5432 (database motcua_test, made
 * when missing), or an embedded one when no server answers there.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    /**
     * Another checkout testing on the same server at the same time picks its own database with the environment
     * variable MOTCUA_TEST_DATABASE (not a system property: motcua.* properties are validated by the app).
     */
    static final String DATABASE = System.getenv().getOrDefault("MOTCUA_TEST_DATABASE", "motcua_test");
    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        String host = System.getProperty("motcua.test.pg-host", "127.0.0.1");
        int port = Integer.getInteger("motcua.test.pg-port", 5432);
        String user = System.getProperty("motcua.test.pg-user", "postgres");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, "")) {
            createDatabaseIfMissing(admin);
            return urls(host, port, user);
        } catch (SQLException unreachable) {
            try {
                embedded = EmbeddedPostgres.builder().start();
                try (Connection admin = embedded.getPostgresDatabase().getConnection()) {
                    createDatabaseIfMissing(admin);
                }
                return urls("localhost", embedded.getPort(), "postgres");
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("No PostgreSQL for tests: none on " + host + ":" + port
                        + " and the embedded one failed", e);
            }
        }
    }

    private static void createDatabaseIfMissing(Connection admin) throws SQLException {
        try (Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                st.execute("create database " + DATABASE);
            }
        }
    }

    /** The datasource, and the installation's generated secrets read the way the launcher reads them. */
    private static Map<String, String> urls(String host, int port, String user) throws SQLException {
        String jdbcUrl = "jdbc:postgresql://" + host + ":" + port + "/" + DATABASE;
        Map<String, String> config = new HashMap<>(InstanceSecretStore.loadOrCreate(jdbcUrl, user, ""));
        config.put("quarkus.datasource.reactive.url", "postgresql://" + host + ":" + port + "/" + DATABASE);
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", user);
        return config;
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is ending anyway
            }
        }
    }
}
