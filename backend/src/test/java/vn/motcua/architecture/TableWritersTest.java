package vn.motcua.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One class writes each table (issue 18), so that whoever changes a table's rules finds every write in one place.
 * Read from the sources: the SQL in string literals and text blocks that inserts into, updates or deletes from a
 * table the migrations create. Tables written through Hibernate entities (the dossier and its parts, in the
 * intake's transaction) have no SQL writer. The exceptions below are each on purpose, with the reason.
 */
class TableWritersTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern WRITE = Pattern.compile("\\b(?:insert\\s+into|update|delete\\s+from)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE = Pattern.compile("create table (?:if not exists )?(\\w+)", Pattern.CASE_INSENSITIVE);
    /** The demo seeds every table it shows with SQL scripts; it never runs in a province's instance. */
    private static final String DEMO = "vn.motcua.demo.";
    private static final Map<String, Set<String>> SHARED = Map.of(
            // sign-in counts failures and remembers browsers; the administrators' changes end sessions in one statement
            "officer", Set.of("admin.auth.LoginThrottleStore", "admin.auth.OfficerRepository",
                    "admin.officers.OfficerAccountStore"),
            "officer_device", Set.of("admin.auth.LoginThrottleStore", "admin.officers.OfficerAccountStore"),
            "officer_session", Set.of("admin.auth.OfficerSessionRepository", "admin.officers.OfficerAccountStore"),
            // the settings' tree and mergers; the first administrator's agency at start-up
            "agency", Set.of("admin.auth.OfficerRepository", "admin.settings.AgencyMergeStore",
                    "admin.settings.AgencyTreeStore"),
            // the catalogue's edits and the import of the national catalogue
            "procedure", Set.of("admin.procedures.ProcedureCatalogueStore", "admin.procedures.ProcedureImportStore"),
            // Zalo's delivery receipts move a message on, in the notification package beside its sender's store
            "notification", Set.of("notification.NotificationStore", "notification.NotificationReceiptStore"),
            "notification_status_change", Set.of("notification.NotificationStore", "notification.NotificationReceiptStore"),
            // a reply failed for good hands its conversation to an officer in the statement that records the failure
            "zalo_conversation", Set.of("zalo.bot.ConversationRepository", "zalo.reply.ReplyStore"));

    @Test
    void oneClassWritesEachTable() {
        Map<String, Set<String>> writers = writers(MAIN, tables());
        Map<String, Set<String>> unexpected = new TreeMap<>();
        writers.forEach((table, classes) -> {
            Set<String> others = new TreeSet<>(classes);
            others.removeIf(c -> c.startsWith(DEMO));
            Set<String> allowed = SHARED.getOrDefault(table, Set.of()).stream()
                    .map(c -> PackageGraph.ROOT + "." + c).collect(java.util.stream.Collectors.toSet());
            if (others.size() > 1 && !allowed.containsAll(others)) {
                unexpected.put(table, others);
            }
        });
        assertThat(writers).as("tables written with SQL, read from " + MAIN.toAbsolutePath()).hasSizeGreaterThan(20);
        assertThat(unexpected).as("tables written by more than one class: give the write to the table's store").isEmpty();
    }

    @Test
    void aWriteInALiteralOrATextBlockIsFound() {
        String source = """
                class A {
                    static final String X = \"""
                            with c as (select 1) insert into holiday (day) values ($1)\""";
                    void y() { pool.query("update officer set active = false where id = 1"); } // update agency
                    void z() { audit("announcement-update", "agency:" + id); }
                }
                """;

        assertThat(writesIn(source, Set.of("holiday", "officer", "agency"))).containsExactly("holiday", "officer");
    }

    /** The tables the SQL in {@code source}'s literals writes; literals are read apart, never run together. */
    static Set<String> writesIn(String source, Set<String> tables) {
        Set<String> written = new TreeSet<>();
        StringBuilder literals = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            literals.append(blocks.group(1)).append('\0');
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (strings.find()) {
            literals.append(strings.group(1)).append('\0');
        }
        Matcher writes = WRITE.matcher(literals);
        while (writes.find()) {
            String table = writes.group(1).toLowerCase(java.util.Locale.ROOT);
            if (tables.contains(table)) {
                written.add(table);
            }
        }
        return written;
    }

    private static Map<String, Set<String>> writers(Path root, Set<String> tables) {
        Map<String, Set<String>> writers = new TreeMap<>();
        for (Path file : files(root, ".java")) {
            String className = root.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
            for (String table : writesIn(read(file), tables)) {
                writers.computeIfAbsent(table, t -> new TreeSet<>()).add(className);
            }
        }
        return writers;
    }

    private static Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        for (Path migration : files(MIGRATIONS, ".sql")) {
            Matcher created = CREATE.matcher(read(migration));
            while (created.find()) {
                tables.add(created.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return tables;
    }

    private static java.util.List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
