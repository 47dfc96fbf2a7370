package vn.motcua.demo;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnameseText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The demo's writes: the Bình Thuận 2019 seed, the generated dossiers and the simulator's citizen. */
@ApplicationScoped
public class DemoDataStore {
    private static final String SEED = "/demo/binh-thuan-2019.sql";
    private static final String PROVINCE_PRESENT = "select count(*) from agency where code = '000.00.00.H12'";
    private static final String PROCEDURES = "select id, name, coalesce(field_name, '') from procedure";
    private static final String SEARCH_TEXT = "update procedure set search_text = $1 where id = $2";
    private static final String GENERATE = "select motcua_generate_dossiers($1)";
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

    private final Pool pool;

    public DemoDataStore(Pool pool) {
        this.pool = pool;
    }

    /** Whether the demo province (or a real one using its code) is there already. */
    Uni<Boolean> provincePresent() {
        return pool.query(PROVINCE_PRESENT).execute().map(rows -> rows.iterator().next().getLong(0) > 0);
    }

    /** The agencies, procedures and holidays of the seed, then the procedures' folded search text. */
    Uni<Void> seed() {
        return pool.query(resource(SEED)).execute().flatMap(x -> foldProcedureNames());
    }

    Uni<Void> generateDossiers(int count) {
        return pool.preparedQuery(GENERATE).execute(Tuple.of(count)).replaceWithVoid();
    }

    Uni<Void> addSimulatorCitizen() {
        return pool.query(DEMO_SUBSCRIBER).execute().replaceWithVoid();
    }

    private Uni<Void> foldProcedureNames() {
        return pool.query(PROCEDURES).execute().flatMap(rows -> {
            List<Tuple> batch = new ArrayList<>();
            for (Row row : rows) {
                batch.add(Tuple.of(VietnameseText.fold(row.getString(1) + " " + row.getString(2)), row.getLong(0)));
            }
            return pool.preparedQuery(SEARCH_TEXT).executeBatch(batch);
        }).replaceWithVoid();
    }

    private static String resource(String path) {
        try (InputStream in = DemoDataStore.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + path, e);
        }
    }
}
