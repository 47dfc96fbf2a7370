package vn.motcua.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A real PostgreSQL (zonky binaries) for the zero-configuration run, its data kept between runs. */
public final class EmbeddedDatabase {
    /** Set when this process runs the embedded database; the production check reads it. */
    public static final String MARKER = vn.motcua.config.RunMode.EMBEDDED_DATABASE_PROPERTY;

    private EmbeddedDatabase() {
    }

    static boolean noDatasourceConfigured() {
        return Stream.of("quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url")
                .allMatch(name -> blank(System.getProperty(name))
                        && blank(System.getenv(name.toUpperCase().replace('.', '_'))));
    }

    static boolean productionProfile() {
        String profile = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
        return profile != null && profile.contains("production");
    }

    static void start() {
        Path dataDir = Path.of(firstNonBlank(System.getProperty("motcua.embedded.data-dir"),
                System.getenv("MOTCUA_EMBEDDED_DATA_DIR"), "data/postgres")).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
            int port = postgres.getPort();
            System.setProperty("quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/postgres");
            System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres");
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty(MARKER, "true");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            System.out.println("Embedded PostgreSQL started on port " + port + ", data in " + dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (!blank(value)) {
                return value;
            }
        }
        return null;
    }
}
