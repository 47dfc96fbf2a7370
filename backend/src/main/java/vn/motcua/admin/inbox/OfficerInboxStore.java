package vn.motcua.admin.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;
import vn.motcua.notification.NotificationSettings;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The officers' inbox as read from the conversations, the citizens' events, the officers' audited replies and the
 * bot's replies: the conversations waiting for an officer of a subtree, and the latest lines of one of them.
 */
@ApplicationScoped
public class OfficerInboxStore {
    private static final String CONVERSATIONS = AgencyScope.SCOPE + """
            , root as (select exists (select 1 from agency where id = $1 and parent_id is null and replaced_by_id is null) as yes)
            select c.zalo_user_id, u.display_name, u.phone, c.last_user_message, c.last_user_message_at,
                   c.human_requested_at, u.last_interaction_at,
                   coalesce(u.last_interaction_at > now() - make_interval(secs => $3), false), d.code,
                   (select count(*) from zalo_reply r where r.zalo_user_id = c.zalo_user_id and r.status = 'failed')
              from zalo_conversation c left join zalo_user u on u.zalo_user_id = c.zalo_user_id
              left join dossier d on d.id = c.dossier_id
             where c.state = 'human'
               and ((select yes from root) or d.agency_id in (select id from scope))
               and ($2::text is null or c.zalo_user_id = $2)
             order by coalesce(c.last_user_message_at, c.human_requested_at) desc nulls last""";
    private static final String RECEIVED = """
            select received_at, raw_body from zalo_inbox where zalo_user_id = $1 order by received_at desc, id desc limit 30""";
    private static final String REPLIES = """
            select l.at, coalesce(o.full_name, l.username), l.after_state from audit_log l left join officer o on o.id = l.officer_id
             where l.action = 'inbox-reply' and l.target = $1 order by l.at desc limit 30""";

    /** The bot's replies: sent ones, and the ones that did not reach the citizen with the reason. */
    private static final String BOT_REPLIES = """
            select created_at, preview, status, status_reason from zalo_reply where zalo_user_id = $1
             order by id desc limit 30""";

    private final Pool pool;
    /** Zalo's free window for consultation messages, as the senders count it: the inbox says the same. */
    private final double windowSeconds;

    public OfficerInboxStore(Pool pool, NotificationSettings notifications) {
        this.pool = pool;
        this.windowSeconds = notifications.consultationWindow().toSeconds();
    }

    /** The conversations waiting for an officer of the subtree of {@code agencyId}, or only {@code userId}'s (null: all). */
    Uni<List<Conversation>> waiting(long agencyId, String userId) {
        return waiting(pool, agencyId, userId, false);
    }

    /**
     * The same, read with {@code client}; {@code lock} locks them for a change in {@code client}'s transaction.
     */
    Uni<List<Conversation>> waiting(SqlClient client, long agencyId, String userId, boolean lock) {
        Tuple args = Tuple.tuple().addLong(agencyId).addString(userId).addDouble(windowSeconds);
        return client.preparedQuery(lock ? CONVERSATIONS + " for update of c" : CONVERSATIONS).execute(args)
                .map(rows -> list(rows, r -> new Conversation(r.getString(0), r.getString(1), r.getString(2),
                        r.getString(3), r.getOffsetDateTime(4), r.getOffsetDateTime(5), r.getOffsetDateTime(6),
                        r.getBoolean(7), r.getString(8), r.getLong(9))));
    }

    /** The latest events the citizen sent, as Zalo sent them. */
    Uni<List<Received>> received(String userId) {
        return pool.preparedQuery(RECEIVED).execute(Tuple.of(userId))
                .map(rows -> list(rows, r -> new Received(r.getOffsetDateTime(0), r.getString(1))));
    }

    /** The latest replies officers sent, from the audit log ({@code target}: the conversation's audit target). */
    Uni<List<OfficerReply>> officerReplies(String target) {
        return pool.preparedQuery(REPLIES).execute(Tuple.of(target))
                .map(rows -> list(rows, r -> new OfficerReply(r.getOffsetDateTime(0), r.getString(1), r.getString(2))));
    }

    /** The bot's latest replies with how they stand. */
    Uni<List<BotReply>> botReplies(String userId) {
        return pool.preparedQuery(BOT_REPLIES).execute(Tuple.of(userId)).map(rows -> list(rows,
                r -> new BotReply(r.getOffsetDateTime(0), r.getString(1), r.getString(2), r.getString(3))));
    }

    private static <T> List<T> list(Iterable<Row> rows, Function<Row, T> mapper) {
        List<T> list = new ArrayList<>();
        rows.forEach(row -> list.add(mapper.apply(row)));
        return list;
    }

    record Received(OffsetDateTime at, String rawBody) {
    }

    record OfficerReply(OffsetDateTime at, String officer, String text) {
    }

    record BotReply(OffsetDateTime at, String preview, String status, String reason) {
    }
}
