package vn.motcua.announcement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.config.MotCuaConfig;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who an announcement is pushed to: followers of the OA who wrote to it within the free consultation window
 * (48 hours), nobody else, since outside it a consultation message is refused or billed. One row per person and
 * announcement, so pushing again reaches only those who entered the window since.
 */
@ApplicationScoped
public class AnnouncementPushes {
    private static final String ENQUEUE = """
            insert into announcement_push (announcement_id, zalo_user_id, requested_by)
            select $1, u.zalo_user_id, $2 from zalo_user u
             where u.followed and u.last_interaction_at > now() - make_interval(secs => $3)
            on conflict (announcement_id, zalo_user_id) do nothing""";

    private final Duration window;

    public AnnouncementPushes(MotCuaConfig config) {
        this.window = config.notifications().consultationWindow();
    }

    /** Queues the announcement for everyone in the window; returns how many were newly queued. */
    public Uni<Integer> enqueue(SqlClient c, long announcementId, long officerId) {
        return c.preparedQuery(ENQUEUE).execute(Tuple.of(announcementId, officerId, (double) window.toSeconds()))
                .map(rows -> rows.rowCount());
    }

    /** How many pushes of the announcement are in each status. */
    public Uni<Map<String, Long>> counts(SqlClient c, long announcementId) {
        return c.preparedQuery("select status, count(*) from announcement_push where announcement_id = $1 "
                        + "group by status order by status")
                .execute(Tuple.of(announcementId)).map(rows -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (Row r : rows) {
                        counts.put(r.getString(0), r.getLong(1));
                    }
                    return counts;
                });
    }
}
