package vn.motcua.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.motcua.admin.auth.OfficerBootstrap;
import vn.motcua.app.EmbeddedDatabase;
import vn.motcua.common.VertxContexts;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.VietnameseText;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.intake.IntakeService;
import vn.motcua.intake.OwnFormatParser;
import vn.motcua.intake.ParsedRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    private final Pool pool;
    private final IntakeService intake;
    private final OwnFormatParser parser;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final MotCuaConfig config;
    private final OfficerBootstrap officers;
    private final boolean enabled;
    /** Why the demo cannot be shown yet (loading, failed), or null once it is there or not wanted. */
    private volatile String notReady;

    public DemoDataLoader(Pool pool, IntakeService intake, OwnFormatParser parser, ObjectMapper json, Vertx vertx,
                          MotCuaConfig config, OfficerBootstrap officers) {
        this.officers = officers;
        this.pool = pool;
        this.intake = intake;
        this.parser = parser;
        this.json = json;
        this.vertx = vertx;
        this.config = config;
        this.enabled = config.demoData().orElse(Boolean.getBoolean(EmbeddedDatabase.MARKER));
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
        return pool.query("select count(*) from agency where code = '000.00.00.H12'").execute()
                .map(rows -> rows.iterator().next().getLong(0) > 0)
                .flatMap(present -> present ? Uni.createFrom().item(false) : load().replaceWith(true));
    }

    private Uni<Void> load() {
        return pool.query(resource("/demo/binh-thuan-2019.sql")).execute()
                .flatMap(x -> foldProcedureNames())
                .flatMap(x -> intake.ingest(memorableDossiers(), "demo"))
                .invoke(results -> results.stream().filter(r -> !r.applied())
                        .forEach(r -> Log.warnf("Demo record %s rejected: %s", r.code(), r.errors())))
                .flatMap(x -> pool.preparedQuery("select motcua_generate_dossiers($1)")
                        .execute(Tuple.of(config.demoDossiers())))
                .flatMap(x -> officers.demoOfficers())
                .flatMap(x -> pool.query(DEMO_SUBSCRIBER).execute())
                .replaceWithVoid();
    }

    /**
     * The demo's history is not news: its outbox rows are marked done. Then the chat simulator's citizen
     * follows the national sample dossier, so that a status change sent through the intake API shows a
     * message in the simulator and in GET /api/sandbox/v1/messages.
     */
    private static final String DEMO_SUBSCRIBER = """
            update outbox set processed_at = now() where processed_at is null;
            insert into zalo_user (zalo_user_id, display_name, followed, followed_at, last_interaction_at)
            values ('nguoi-dan-demo', 'Người dân thử nghiệm', true, now(), now()) on conflict do nothing;
            insert into dossier_subscription (dossier_id, zalo_user_id, source)
            select id, 'nguoi-dan-demo', 'bot' from dossier where code = '000.00.22.H12-261120-0007'
            on conflict do nothing;""";

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

    private Uni<Void> foldProcedureNames() {
        return pool.query("select id, name, coalesce(field_name, '') from procedure").execute().flatMap(rows -> {
            List<Tuple> batch = new ArrayList<>();
            for (Row row : rows) {
                batch.add(Tuple.of(VietnameseText.fold(row.getString(1) + " " + row.getString(2)), row.getLong(0)));
            }
            return pool.preparedQuery("update procedure set search_text = $1 where id = $2").executeBatch(batch);
        }).replaceWithVoid();
    }

    private static String resource(String path) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + path, e);
        }
    }
}
