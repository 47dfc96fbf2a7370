package vn.motcua.app;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The installation's own secrets, for every secret an operator did not configure: generated once with a
 * strong random source and kept in the database, so that every installation has its own keys, several
 * instances on one database share them, and a restart keeps every token issued before it valid.
 *
 * <p>Runs before Quarkus starts (plain JDBC), because configuration is read at start. The table lives in its
 * own schema: Flyway owns {@code public} and refuses a non-empty schema it has no history for.
 */
public final class InstanceSecretStore {
    /** Configuration properties whose value is generated when nobody configures one. */
    public static final List<String> GENERATED = List.of(
            "motcua.access-token.keys.k1",
            "motcua.access-token.id-hash-secret",
            "motcua.sandbox.oa-secret-key",
            "motcua.sandbox.app-secret");
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InstanceSecretStore() {
    }

    /** Loads the installation's secrets, creating the missing ones; safe when several instances start at once. */
    public static Map<String, String> loadOrCreate(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password == null ? "" : password)) {
            try (Statement st = db.createStatement()) {
                st.execute("create schema if not exists motcua_secret");
                st.execute("""
                        create table if not exists motcua_secret.instance_secret (
                            name       text primary key,
                            value      text not null,
                            created_at timestamptz not null default now())""");
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into motcua_secret.instance_secret (name, value) values (?, ?) on conflict (name) do nothing")) {
                for (String name : GENERATED) {
                    insert.setString(1, name);
                    insert.setString(2, generate());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Map<String, String> secrets = new LinkedHashMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rows = st.executeQuery("select name, value from motcua_secret.instance_secret")) {
                while (rows.next()) {
                    secrets.put(rows.getString(1), rows.getString(2));
                }
            }
            return secrets;
        }
    }

    /** 32 random bytes, base64url: 43 characters. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
