package vn.motcua.support;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC access to the test database, for arranging data and checking what the app wrote. */
public final class Db {
    private Db() {
    }

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), "");
    }

    /**
     * Runs one statement. A truncate takes its table locks one by one, so it can deadlock with the app's
     * background work (outbox relay, sweeps) that still runs between tests: PostgreSQL then rolls the
     * statement back whole, and running it again is safe.
     */
    public static void execute(String sql) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute(sql);
                return;
            } catch (SQLException e) {
                if (attempt >= 10 || !isLockConflict(e)) {
                    throw new IllegalStateException(sql, e);
                }
                pause(attempt);
            }
        }
    }

    private static boolean isLockConflict(SQLException e) {
        return "40P01".equals(e.getSQLState()) || "55P03".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public static long count(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static List<String> column(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Empties every table the tests write, keeping the schema. */
    public static void reset() {
        execute("truncate dossier, dossier_event, dossier_code_alias, due_date_change, supplement_request, "
                + "dossier_fee, outbox, api_key, access_throttle, login_client_throttle, agency, procedure restart identity cascade");
    }
}
