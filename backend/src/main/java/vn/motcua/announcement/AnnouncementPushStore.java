package vn.motcua.announcement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.notification.NotificationSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
public class AnnouncementPushStore {
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

    private static final String CLAIM = """
            update announcement_push p set status = 'sending', attempts = p.attempts + 1,
                   lease_until = now() + interval '2 minutes'
              from announcement n
             where n.id = p.announcement_id
               and p.id in (select id from announcement_push
                             where (status in ('created', 'temporary-failure') and next_attempt_at <= now())
                                or (status = 'sending' and lease_until < now())
                             order by id limit $1 for update skip locked)
            returning p.id, p.zalo_user_id, p.attempts, n.id, n.title, n.body, n.category,
                      n.published_at is not null and (n.expires_at is null or n.expires_at > now())""";
    private static final String RECORD = """
            update announcement_push set status = $3, failure_class = $4, status_reason = $5,
                   provider_message_id = coalesce($6, provider_message_id),
                   sent_at = case when $3 = 'sent' then now() else sent_at end,
                   next_attempt_at = now() + make_interval(secs => $7), lease_until = null
             where id = $1 and attempts = $2 and status = 'sending'""";
    private static final String COUNTS = """
            select status, count(*) from announcement_push where announcement_id = $1 group by status order by status""";

    private final Pool pool;
    private final Duration window;

    public AnnouncementPushStore(Pool pool, NotificationSettings notifications) {
        this.pool = pool;
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
    public Uni<Map<String, Long>> counts(long announcementId) {
        return pool.preparedQuery(COUNTS).execute(Tuple.of(announcementId)).map(rows -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (Row r : rows) {
                        counts.put(r.getString(0), r.getLong(1));
                    }
                    return counts;
                });
    }

    /** Claims up to {@code limit} pushes due (or whose sender's lease ran out), with a two-minute lease. */
    public Uni<List<PushToSend>> claim(int limit) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(limit)).map(rows -> {
            List<PushToSend> claimed = new ArrayList<>();
            for (Row r : rows) {
                claimed.add(new PushToSend(r.getLong(0), r.getString(1), r.getInteger(2), r.getLong(3), r.getString(4),
                        r.getString(5), AnnouncementCategory.ofStored(r.getString(6)), r.getBoolean(7)));
            }
            return claimed;
        });
    }

    /** Records how a claimed attempt ended (ignored when the attempt is no longer the push's current one). */
    public Uni<Void> record(long id, int attempts, String status, String failureClass, String reason, String messageId,
                            long retryInSeconds) {
        Tuple args = Tuple.tuple().addLong(id).addInteger(attempts).addString(status).addString(failureClass)
                .addString(reason).addString(messageId).addDouble((double) retryInSeconds);
        return pool.preparedQuery(RECORD).execute(args).replaceWithVoid();
    }

    /** A claimed push with what its message says; {@code stillPublished} false: the announcement was withdrawn. */
    public record PushToSend(long id, String userId, int attempts, long announcementId, String title, String body,
                             AnnouncementCategory category, boolean stillPublished) {
    }
}
