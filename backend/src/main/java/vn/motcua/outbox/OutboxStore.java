package vn.motcua.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox as the relay and the reminders use it on the reactive client (the intake writes its rows through
 * {@link OutboxWriter}, in the dossier's own transaction).
 */
@ApplicationScoped
public class OutboxStore {
    private static final String CLAIM = """
            select id, dossier_id, kind, to_status, payload, created_at from outbox
             where processed_at is null order by id limit $1 for update skip locked""";
    private static final String PROCESSED = "update outbox set processed_at = now() where id = any($1)";
    /**
     * A reminder per dossier due in [$1, $2) that somebody hears about (the view {@code dossier_audience}), keyed
     * by dossier and due date so that it is written once whatever reruns.
     */
    private static final String DUE_SOON = """
            insert into outbox (dossier_id, kind, from_status, to_status, payload, dedupe_key)
            select d.id, 'DUE_SOON', d.status, d.status,
                   json_build_object('code', d.code, 'dueAt', to_char(d.due_at at time zone 'Asia/Ho_Chi_Minh',
                                     'YYYY-MM-DD"T"HH24:MI:SS"+07:00"'))::text,
                   'due-soon:' || d.id || ':' || (d.due_at at time zone 'Asia/Ho_Chi_Minh')::date
              from dossier d
             where d.status in (2, 4) and d.due_at >= $1 and d.due_at < $2
               and exists (select 1 from dossier_audience a where a.dossier_id = d.id and a.source <> 'optout')
            on conflict (dedupe_key) where dedupe_key is not null do nothing""";

    private final Pool pool;

    public OutboxStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Locks up to {@code limit} unprocessed rows, oldest first, in {@code c}'s transaction; rows another relay
     * holds are skipped, so relays on several instances share the work.
     */
    public Uni<List<PendingChange>> claim(SqlClient c, int limit) {
        return c.preparedQuery(CLAIM).execute(Tuple.of(limit)).map(rows -> {
            List<PendingChange> changes = new ArrayList<>();
            for (Row r : rows) {
                changes.add(new PendingChange(r.getLong(0), r.getLong(1), r.getString(2), r.getInteger(3),
                        r.getString(4), r.getOffsetDateTime(5)));
            }
            return changes;
        });
    }

    public Uni<Void> markProcessed(SqlClient c, Long[] ids) {
        return c.preparedQuery(PROCESSED).execute(Tuple.of(ids)).replaceWithVoid();
    }

    /** Writes the due-soon reminders of dossiers due in [{@code from}, {@code until}); answers how many are new. */
    public Uni<Integer> remindDueSoon(OffsetDateTime from, OffsetDateTime until) {
        return pool.preparedQuery(DUE_SOON).execute(Tuple.of(from, until)).map(rows -> rows.rowCount());
    }

    /** One outbox row: a change of a dossier that may be worth a message. */
    public record PendingChange(long id, long dossierId, String kind, Integer toStatus, String payload,
                                OffsetDateTime createdAt) {
    }
}
