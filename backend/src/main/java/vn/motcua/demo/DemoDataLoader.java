package vn.motcua.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.motcua.admin.auth.OfficerBootstrap;
import vn.motcua.app.EmbeddedDatabase;
import vn.motcua.common.VertxContexts;
import vn.motcua.common.VietnamTime;
import vn.motcua.intake.IntakeService;
import vn.motcua.intake.OwnFormatParser;
import vn.motcua.intake.ParsedRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the demo on an empty database: Bình Thuận's 2019 agencies and the Lâm Đồng merger, a procedure
 * catalogue, the memorable dossiers of the README (through the real intake path) and synthetic ones.
 * On by default only with the embedded database; {@code motcua.demo-data} decides otherwise.
 */
@ApplicationScoped
public class DemoDataLoader {
    private final DemoDataStore store;
    private final IntakeService intake;
    private final OwnFormatParser parser;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final DemoSettings settings;
    private final OfficerBootstrap officers;
    private final boolean enabled;
    /** Why the demo cannot be shown yet (loading, failed), or null once it is there or not wanted. */
    private volatile String notReady;

    public DemoDataLoader(DemoDataStore store, IntakeService intake, OwnFormatParser parser, ObjectMapper json, Vertx vertx,
                          DemoSettings settings, OfficerBootstrap officers) {
        this.officers = officers;
        this.store = store;
        this.intake = intake;
        this.parser = parser;
        this.json = json;
        this.vertx = vertx;
        this.settings = settings;
        this.enabled = settings.demoData().orElse(Boolean.getBoolean(EmbeddedDatabase.MARKER));
        this.notReady = enabled ? "demo data loading" : null;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        // not awaited: the HTTP server starts while the demo loads (a few seconds); readiness waits for it
        VertxContexts.onDuplicatedContext(vertx, this::loadIfEmpty).subscribe().with(
                loaded -> {
                    notReady = null;
                    Log.infof(loaded ? "Demo data loaded" : "Demo data already present");
                },
                failure -> {
                    notReady = "demo data could not be loaded: " + failure.getMessage();
                    Log.error("Demo data could not be loaded", failure);
                });
    }

    /** Empty when the demo's dossiers and officers are there (or no demo is wanted); else why not yet. */
    public Optional<String> notReady() {
        return Optional.ofNullable(notReady);
    }

    public Uni<Boolean> loadIfEmpty() {
        return store.provincePresent().flatMap(present -> present ? Uni.createFrom().item(false) : load().replaceWith(true));
    }

    private Uni<Void> load() {
        return store.seed()
                .flatMap(x -> intake.ingest(memorableDossiers(), "demo"))
                .invoke(results -> results.stream().filter(r -> !r.applied())
                        .forEach(r -> Log.warnf("Demo record %s rejected: %s", r.code(), r.errors())))
                .flatMap(x -> store.generateDossiers(settings.demoDossiers()))
                .flatMap(x -> officers.demoOfficers())
                .flatMap(x -> store.addSimulatorCitizen())
                .replaceWithVoid();
    }

    private List<ParsedRecord> memorableDossiers() {
        List<String> records = DemoDossiers.records(VietnamTime.now());
        List<ParsedRecord> parsed = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                parsed.add(parser.parse(i, json.readTree(records.get(i))));
            } catch (IOException e) {
                throw new IllegalStateException("demo record " + i + " is not JSON", e);
            }
        }
        return parsed;
    }
}
