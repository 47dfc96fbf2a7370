package vn.motcua.zalo.reply;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.outbound.ZaloMessage;
import vn.motcua.zalo.outbound.ZaloMessageJson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The statements on zalo_reply: replies that were not sent at once, and what became of each attempt. */
@ApplicationScoped
class ReplyStore {
    /**
     * A failed reply hands the conversation to an officer, in the statement that records the failure: the
     * citizen's question is still unanswered. Follows a CTE {@code changed (zalo_user_id, status)}.
     */
    private static final String HAND_FAILED_TO_OFFICER = """
            insert into zalo_conversation (zalo_user_id, state, human_requested_at)
            select zalo_user_id, 'human', now() from changed where status = 'failed'
            on conflict (zalo_user_id) do update set state = 'human', updated_at = now(),
                   human_requested_at = coalesce(zalo_conversation.human_requested_at, now())""";
    /** A reply written down before its attempt, or after a first attempt that did not deliver it. */
    private static final String INSERT = """
            with changed as (
                insert into zalo_reply (zalo_user_id, body, preview, status, attempts, failure_class, status_reason,
                                        next_attempt_at)
                values ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(secs => $8)) returning zalo_user_id, status)
            """ + HAND_FAILED_TO_OFFICER;
    /** How an attempt ended (ignored when the attempt is no longer the reply's current one). */
    private static final String RECORD = """
            with changed as (
                update zalo_reply set status = $3, failure_class = $4, status_reason = $5,
                       provider_message_id = coalesce($6, provider_message_id),
                       sent_at = case when $3 = 'sent' then now() else sent_at end,
                       next_attempt_at = now() + make_interval(secs => $7), lease_until = null, updated_at = now()
                 where id = $1 and attempts = $2 and status = 'sending'
                returning zalo_user_id, status)
            """ + HAND_FAILED_TO_OFFICER;
    /** Each citizen's earliest open reply that is due, so that their replies keep their order. */
    private static final String CLAIM = """
            with due as (
                select r.id from zalo_reply r
                 where r.status in ('created', 'temporary-failure') and r.next_attempt_at <= now()
                   and not exists (select 1 from zalo_reply e where e.zalo_user_id = r.zalo_user_id and e.id < r.id
                                     and e.status in ('created', 'sending', 'temporary-failure'))
                 order by r.next_attempt_at, r.id limit $1 for update skip locked)
            update zalo_reply r set status = 'sending', attempts = r.attempts + 1, updated_at = now(),
                   lease_until = now() + make_interval(secs => $2)
              from due where r.id = due.id
            returning r.id, r.zalo_user_id, r.body, r.attempts,
                      coalesce((select u.last_interaction_at from zalo_user u where u.zalo_user_id = r.zalo_user_id),
                               r.created_at) < now() - make_interval(secs => $3) as window_closed""";
    /** Leases that ran out: the sender died while sending; sent again, at most a repeat of the one in flight. */
    private static final String EXPIRED = """
            update zalo_reply set status = 'temporary-failure', next_attempt_at = now(), lease_until = null,
                   failure_class = 'technical', updated_at = now(),
                   status_reason = 'Gửi lại: lần gửi trước không ghi nhận được kết quả'
             where status = 'sending' and lease_until < now()""";
    private static final String OPEN_USERS = """
            select distinct zalo_user_id from zalo_reply where status in ('created', 'sending', 'temporary-failure')""";

    private final Pool pool;

    ReplyStore(Pool pool) {
        this.pool = pool;
    }

    /** Writes down a reply that is not sent now: waiting its turn, or after its first attempt's outcome. */
    Uni<Void> insert(ZaloMessage message, ReplyPolicy.Outcome outcome, int attempts) {
        String preview = message.text() != null ? message.text()
                : "[Yêu cầu chia sẻ số điện thoại] " + message.consent().title();
        Tuple args = Tuple.tuple().addString(message.userId()).addString(ZaloMessageJson.consultation(message).encode())
                .addString(preview.substring(0, Math.min(2000, preview.length()))).addString(outcome.status())
                .addInteger(attempts).addString(outcome.failureClass()).addString(shorten(outcome.reason()))
                .addDouble(seconds(outcome.retryIn()));
        return pool.preparedQuery(INSERT).execute(args).replaceWithVoid();
    }

    Uni<Void> record(ReplySender.Claimed reply, ReplyPolicy.Outcome outcome, String messageId) {
        Tuple args = Tuple.tuple().addLong(reply.id()).addInteger(reply.attempts()).addString(outcome.status())
                .addString(outcome.failureClass()).addString(shorten(outcome.reason())).addString(messageId)
                .addDouble(seconds(outcome.retryIn()));
        return pool.preparedQuery(RECORD).execute(args).replaceWithVoid();
    }

    Uni<List<ReplySender.Claimed>> claim(int limit, Duration lease, Duration window) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(limit, (double) lease.toSeconds(), (double) window.toSeconds()))
                .map(rows -> {
                    List<ReplySender.Claimed> claimed = new ArrayList<>();
                    for (Row r : rows) {
                        claimed.add(new ReplySender.Claimed(r.getLong(0), r.getString(1),
                                ZaloMessageJson.fromConsultation(new JsonObject(r.getString(2))), r.getInteger(3),
                                Boolean.TRUE.equals(r.getBoolean(4))));
                    }
                    return claimed;
                });
    }

    Uni<Void> releaseExpired() {
        return pool.query(EXPIRED).execute().replaceWithVoid();
    }

    Uni<Set<String>> openUsers() {
        return pool.query(OPEN_USERS).execute().map(rows -> {
            Set<String> users = new HashSet<>();
            rows.forEach(r -> users.add(r.getString(0)));
            return users;
        });
    }

    private static String shorten(String reason) {
        return reason == null ? null : reason.substring(0, Math.min(500, reason.length()));
    }

    private static double seconds(Duration delay) {
        return delay == null ? 0 : (double) delay.toMillis() / 1000;
    }
}
