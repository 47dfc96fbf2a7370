package vn.motcua.announcement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.notification.NotificationSettings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who an announcement is pushed to: followers of the OA who opted in to its category (bot "nhận tin ...", the Mini
 * App's switch) and wrote to it within the free consultation window (48 hours); nobody else. Consultation messages
 * answer people who asked, they are not a broadcast: mass news belongs to the Mini App, the bot's "tin tức" and
 * Zalo's own Broadcast. A commune's announcement goes only to the followers linked to that commune's subtree
 * (following one of its dossiers, or sharing the phone of one of its applicants); a province-wide one to all of
 * them. One row per person and announcement, so pushing again reaches only those who entered the window (or opted
 * in) since.
 */
@ApplicationScoped
public class AnnouncementPushes {
    private static final String ENQUEUE = """
            with recursive scope(id) as (
                select $4::bigint where $4::bigint is not null
                union
                select a.id from agency a join scope s on a.parent_id = s.id or a.replaced_by_id = s.id
            ), linked as (
                select s.zalo_user_id from dossier_subscription s join dossier d on d.id = s.dossier_id
                 where s.active and s.zalo_user_id is not null and d.agency_id in (select id from scope)
                union
                select u.zalo_user_id from zalo_user u join dossier d on d.applicant_phone = u.phone
                 where u.phone is not null and d.agency_id in (select id from scope)
            )
            insert into announcement_push (announcement_id, zalo_user_id, requested_by)
            select $1, u.zalo_user_id, $2 from zalo_user u
              join news_subscription s on s.zalo_user_id = u.zalo_user_id and s.active
              join announcement a on a.id = $1 and a.category = s.category
             where u.followed and u.last_interaction_at > now() - make_interval(secs => $3)
               and ($4::bigint is null or u.zalo_user_id in (select zalo_user_id from linked))
            on conflict (announcement_id, zalo_user_id) do nothing""";

    private final Duration window;

    public AnnouncementPushes(NotificationSettings notifications) {
        this.window = notifications.consultationWindow();
    }

    /**
     * Queues the announcement for those who opted in to its category, are in the window and, when {@code agencyId}
     * is set, are linked to that agency's subtree; returns how many were newly queued.
     */
    public Uni<Integer> enqueue(SqlClient c, long announcementId, Long agencyId, long officerId) {
        Tuple args = Tuple.tuple().addLong(announcementId).addLong(officerId).addDouble((double) window.toSeconds())
                .addLong(agencyId);
        return c.preparedQuery(ENQUEUE).execute(args).map(rows -> rows.rowCount());
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
