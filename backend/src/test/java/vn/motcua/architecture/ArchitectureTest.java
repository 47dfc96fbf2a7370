package vn.motcua.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The package structure the next engineer can rely on (issue 18), checked on the compiled main classes:
 * <ul>
 *   <li>packages ({@code vn.motcua.<feature>[.<sub>]}, each on its own) depend one way: no cycle between them;</li>
 *   <li>{@code common} and {@code config} use no feature, so any feature may use them;</li>
 *   <li>one door to Zalo: only {@code zalo.outbound.ZaloGateway} opens an HTTP client;</li>
 *   <li>the package diagram in docs/architecture.md is the one the code draws. Regenerate it with
 *       {@code -Darchitecture.write-diagram=true};</li>
 *   <li>every package has its words in the same document's "Parts" table.</li>
 * </ul>
 * No exceptions list: a new cycle is broken where it appears (an interface owned by the lower package, or the
 * class moved to where it belongs).
 */
class ArchitectureTest {
    /** The packages every feature may use; they use none of the features. */
    private static final List<String> SHARED = List.of("common", "config");
    static final String DIAGRAM_START = "<!-- package-diagram:start";
    static final String DIAGRAM_END = "<!-- package-diagram:end -->";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PackageGraph.ROOT);
        assertThat(classes).as("main classes of " + PackageGraph.ROOT + " on the class path").hasSizeGreaterThan(100);
    }

    @Test
    void packagesDependOneWay() {
        PackageGraph graph = PackageGraph.of(classes, PackageGraph::relative);
        List<String> problems = new ArrayList<>();
        for (Set<String> cycle : graph.cycles()) {
            StringBuilder text = new StringBuilder("Packages in a cycle: " + cycle + "; their edges inside it:");
            for (String from : cycle) {
                graph.uses(from).forEach((to, example) -> {
                    if (cycle.contains(to)) {
                        text.append("\n    ").append(from).append(" -> ").append(to).append(": ").append(example);
                    }
                });
            }
            problems.add(text.toString());
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void commonAndConfigUseNoFeature() {
        PackageGraph graph = PackageGraph.of(classes, PackageGraph::relative);
        List<String> problems = new ArrayList<>();
        for (String from : graph.packages()) {
            if (!shared(from)) {
                continue;
            }
            graph.uses(from).forEach((to, example) -> {
                if (!shared(to)) {
                    problems.add(from + " -> " + to + ": " + example);
                }
            });
        }
        assertThat(problems).as("common and config must not use a feature package").isEmpty();
    }

    /**
     * One door to Zalo: only {@code zalo.outbound.ZaloGateway} opens an HTTP client (the sandbox's simulator
     * opens one too, to call this application's own webhook, never Zalo). A second client would bypass the
     * gateway's timeouts, answer reading and the app's shared call budget.
     */
    @Test
    void onlyTheZaloGatewayOpensAnHttpClient() {
        Set<String> allowed = Set.of(PackageGraph.ROOT + ".zalo.outbound.ZaloGateway",
                PackageGraph.ROOT + ".zalo.sandbox.ChatSimulator");
        List<String> openers = classes.stream()
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTarget().getName().equals("createHttpClient")
                        || call.getTarget().getOwner().getName().startsWith("io.vertx.ext.web.client"))
                .map(call -> call.getOriginOwner().getName())
                .filter(owner -> !allowed.contains(owner))
                .distinct().toList();
        assertThat(openers).as("classes opening their own HTTP client instead of using ZaloGateway").isEmpty();
    }

    @Test
    void diagramInDocsIsTheOneTheCodeDraws() throws IOException {
        Path doc = architectureDoc();
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.indexOf(DIAGRAM_START);
        int end = text.indexOf(DIAGRAM_END);
        assertThat(start).as(doc + " holds the diagram markers").isNotNegative();
        assertThat(end).as(doc + " holds the diagram markers").isGreaterThan(start);
        int bodyStart = text.indexOf('\n', start) + 1;
        String expected = diagram(PackageGraph.of(classes, PackageGraph::feature));
        if (Boolean.getBoolean("architecture.write-diagram")) {
            Files.writeString(doc, text.substring(0, bodyStart) + expected + text.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(text.substring(bodyStart, end))
                .as("the package diagram in " + doc + " (regenerate: -Darchitecture.write-diagram=true)")
                .isEqualTo(expected);
    }

    /** A package added without a word in "Parts" leaves the next engineer guessing what it is for. */
    @Test
    void everyPackageIsDescribedInTheDocs() throws IOException {
        String text = Files.readString(architectureDoc(), StandardCharsets.UTF_8);
        int start = text.indexOf("\n## Parts\n");
        assertThat(start).as("docs/architecture.md has a Parts section").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        String parts = text.substring(start, end < 0 ? text.length() : end);
        List<String> missing = PackageGraph.of(classes, PackageGraph::relative).packages().stream()
                .filter(p -> !p.equals(PackageGraph.ROOT) && !parts.contains("`" + p + "`")).sorted().toList();
        assertThat(missing).as("packages without a row (or a `name` in a row) in docs/architecture.md's Parts").isEmpty();
    }

    /** Features and who uses whom; common and config are left out, since every feature may use them. */
    static String diagram(PackageGraph features) {
        StringBuilder text = new StringBuilder("```mermaid\nflowchart LR\n");
        for (String from : features.packages()) {
            if (shared(from)) {
                continue;
            }
            List<String> targets = features.uses(from).keySet().stream().filter(to -> !shared(to)).toList();
            if (targets.isEmpty()) {
                text.append("    ").append(from).append('\n');
            }
            for (String to : targets) {
                text.append("    ").append(from).append(" --> ").append(to).append('\n');
            }
        }
        return text.append("```\n").toString();
    }

    private static boolean shared(String relativePackage) {
        return SHARED.stream().anyMatch(s -> relativePackage.equals(s) || relativePackage.startsWith(s + "."));
    }

    /** docs/architecture.md of the repository, found from the module's folder (tests run in backend/). */
    private static Path architectureDoc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/architecture.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/architecture.md not found above " + Path.of("").toAbsolutePath());
    }
}
