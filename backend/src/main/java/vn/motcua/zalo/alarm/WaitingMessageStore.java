package vn.motcua.zalo.alarm;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Messages that waited for the province (failure class {@code oa-disconnected} or {@code billing}) are made due at
 * once when the province has acted: an administrator connected the OA again, or said the billing is fixed. Every
 * kind of outgoing message is here (notifications, announcement pushes, chat replies), so nothing stays behind.
 */
@ApplicationScoped
public class WaitingMessageStore {
    private static final String[] TABLES = {"notification", "announcement_push", "zalo_reply"};

    private final Pool pool;

    public WaitingMessageStore(Pool pool) {
        this.pool = pool;
    }

    /** Makes due every message waiting for {@code failureClass} ({@code oa-disconnected} or {@code billing}). */
    public Uni<Void> wake(String failureClass) {
        Uni<Long> woken = Uni.createFrom().item(0L);
        for (String table : TABLES) {
            String sql = "update " + table + " set next_attempt_at = now() where status = 'temporary-failure' "
                    + "and failure_class = $1";
            woken = woken.flatMap(sum -> pool.preparedQuery(sql).execute(Tuple.of(failureClass))
                    .map(rows -> sum + rows.rowCount()));
        }
        return woken.invoke(n -> Log.infof("%d messages waiting for %s are due again", n, failureClass))
                .replaceWithVoid();
    }
}
