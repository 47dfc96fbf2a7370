package vn.motcua.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The notification rows as senders see them: claimed with a lease (a sender that dies lets the lease run
 * out and the message goes again), then finished with one status of the vocabulary and a history line.
 */
@ApplicationScoped
public class NotificationStore {
    private static final String CLAIM = """
            update notification set status = 'sending', attempts = attempts + 1, updated_at = now(),
                   lease_until = now() + make_interval(secs => $2), claim_id = $3
             where id in (select id from notification
                           where status in ('created', 'temporary-failure') and next_attempt_at <= now()
                           order by next_attempt_at limit $1 for update skip locked)
            returning id""";
    /** The batch's rows still held by its claim, with the lease renewed for the time of sending. */
    private static final String LOAD = """
            with mine as (
                update notification set lease_until = now() + make_interval(secs => $3)
                 where id = any($1) and status = 'sending' and claim_id = $2 returning id)
            select n.id, n.kind, n.zalo_user_id, n.phone, n.payload, n.idempotency_key, n.attempts, n.public_only,
                   d.code, d.applicant_name, d.status as dossier_status, d.due_at, d.result_delivery,
                   p.name as procedure_name, a.name as agency_name, a.hotline,
                   u.last_interaction_at, coalesce(u.followed, true) or u.unfollowed_at is null as reachable_by_oa,
                   (select s.items from supplement_request s where s.dossier_id = d.id and s.provided_at is null
                     order by s.requested_at desc nulls last, s.id desc limit 1) as missing_documents,
                   (select sum(f.amount) from dossier_fee f where f.dossier_id = d.id) as fee_total,
                   (select e.note from dossier_event e where e.dossier_id = d.id and e.applied
                     order by e.occurred_at desc, e.id desc limit 1) as last_note,
                   d.applicant_phone,
                   exists (select 1 from notification o where o.dossier_id = n.dossier_id
                             and o.recipient_key = n.recipient_key and o.id > n.id) as overtaken
              from notification n join dossier d on d.id = n.dossier_id
              left join procedure p on p.id = d.procedure_id left join agency a on a.id = d.agency_id
              left join zalo_user u on u.zalo_user_id = n.zalo_user_id
             where n.id in (select id from mine)""";
    /** The outcomes of a whole batch in one statement: far fewer round trips than one update per message. */
    private static final String FINISH_ALL = """
            with o as (
                select * from unnest($1::bigint[], $2::varchar[], $3::varchar[], $4::numeric[], $5::varchar[],
                                     $6::varchar[], $7::varchar[], $8::timestamptz[], $10::boolean[])
                       as o(id, status, channel, cost, provider_id, failure_class, reason, next_at, called)),
            done as (
                update notification n set status = o.status, channel = coalesce(o.channel, n.channel),
                       estimated_cost = coalesce(o.cost, n.estimated_cost),
                       provider_message_id = coalesce(o.provider_id, n.provider_message_id),
                       failure_class = o.failure_class, status_reason = o.reason,
                       next_attempt_at = coalesce(o.next_at, n.next_attempt_at), lease_until = null,
                       attempts = case when o.called then n.attempts else n.attempts - 1 end,
                       sent_at = case when o.status = 'sent' then now() else n.sent_at end, updated_at = now()
                  from o where n.id = o.id and n.status = 'sending' and n.claim_id = $9
                returning n.id, o.status, o.channel, o.reason)
            insert into notification_status_change (notification_id, status, channel, detail)
            select id, status, channel, reason from done returning notification_id""";
    /** Leases that ran out: the sender died or lost the batch; the message goes again (at most a repeat). */
    private static final String EXPIRED = """
            with expired as (
                update notification set status = 'temporary-failure', next_attempt_at = now(), lease_until = null,
                       claim_id = null,
                       status_reason = 'Gửi lại: lần gửi trước không ghi nhận được kết quả', updated_at = now()
                 where id in (select id from notification where status = 'sending' and lease_until < now()
                               limit 1000 for update skip locked)
                returning id)
            insert into notification_status_change (notification_id, status, detail)
            select id, 'temporary-failure', 'Gửi lại: lần gửi trước không ghi nhận được kết quả' from expired""";

    /**
     * New notifications and their first history line. A message overtaken by a newer one for the same person
     * and dossier is cancelled when it comes up for sending (see NotificationStore), or here when both are
     * in one batch.
     */
    private static final String CREATE = """
            with fresh as (
                insert into notification (idempotency_key, outbox_id, dossier_id, kind, recipient_key, zalo_user_id,
                                          phone, payload, next_attempt_at, status, status_reason, public_only)
                select * from unnest($1::varchar[], $2::bigint[], $3::bigint[], $4::varchar[], $5::varchar[],
                                     $6::varchar[], $7::varchar[], $8::text[], $9::timestamptz[], $10::varchar[],
                                     $11::varchar[], $12::boolean[])
                on conflict (idempotency_key) do nothing
                returning id, dossier_id, recipient_key, status, status_reason),
            created as (
                insert into notification_status_change (notification_id, status, detail)
                select id, status, status_reason from fresh returning 1)
            select count(*) from created""";
    private static final String QUEUE = """
            select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)::bigint
              from notification where status in ('created', 'sending', 'temporary-failure')""";

    private final Pool pool;

    public NotificationStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Long>> claimDue(int limit, Duration lease, java.util.UUID claim) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(limit, (double) lease.toMillis() / 1000, claim))
                .map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getLong(0)));
                    return ids;
                });
    }

    public Uni<List<ClaimedMessage>> loadClaimed(List<Long> ids, java.util.UUID claim, Duration lease) {
        return pool.preparedQuery(LOAD).execute(Tuple.of(ids.toArray(Long[]::new), claim,
                (double) lease.toMillis() / 1000)).map(rows -> {
            List<ClaimedMessage> list = new ArrayList<>();
            rows.forEach(row -> list.add(claimed(row)));
            return list;
        });
    }

    /** Records the outcomes of claimed messages; answers the ids recorded (a lost claim is not written). */
    public Uni<java.util.Set<Long>> finishAll(java.util.Map<Long, SendOutcome> outcomes, java.util.UUID claim) {
        int n = outcomes.size();
        Long[] ids = new Long[n];
        String[] statuses = new String[n];
        String[] channels = new String[n];
        Long[] costs = new Long[n];
        String[] providerIds = new String[n];
        String[] classes = new String[n];
        String[] reasons = new String[n];
        OffsetDateTime[] next = new OffsetDateTime[n];
        Boolean[] called = new Boolean[n];
        int i = 0;
        for (var entry : outcomes.entrySet()) {
            SendOutcome o = entry.getValue();
            ids[i] = entry.getKey();
            statuses[i] = o.status().value();
            channels[i] = o.channel() == null ? null : o.channel().value();
            costs[i] = o.cost();
            providerIds[i] = o.providerMessageId();
            classes[i] = o.failureClass();
            reasons[i] = o.reason();
            called[i] = o.zaloCalled();
            next[i++] = o.nextAttemptAt();
        }
        return pool.preparedQuery(FINISH_ALL)
                .execute(Tuple.tuple(List.of(ids, statuses, channels, costs, providerIds, classes, reasons, next, claim,
                        called)))
                .map(rows -> {
                    java.util.Set<Long> recorded = new java.util.HashSet<>();
                    rows.forEach(r -> recorded.add(r.getLong(0)));
                    return recorded;
                });
    }

    public Uni<Void> releaseExpiredLeases() {
        return pool.query(EXPIRED).execute().replaceWithVoid();
    }

    /** The claimed message, read from the row by name. */
    private static ClaimedMessage claimed(Row row) {
        return new ClaimedMessage(row.getLong("id"), NotificationKind.valueOf(row.getString("kind")),
                row.getString("zalo_user_id"), row.getString("phone"), row.getString("payload"),
                row.getString("idempotency_key"), row.getInteger("attempts"), Boolean.TRUE.equals(row.getBoolean("public_only")),
                row.getString("code"), row.getString("applicant_name"), row.getString("applicant_phone"),
                row.getInteger("dossier_status"), row.getOffsetDateTime("due_at"), row.getString("result_delivery"),
                row.getString("procedure_name"), row.getString("agency_name"), row.getString("hotline"),
                row.getOffsetDateTime("last_interaction_at"), Boolean.TRUE.equals(row.getBoolean("reachable_by_oa")),
                row.getString("missing_documents"), row.getBigDecimal("fee_total"), row.getString("last_note"),
                Boolean.TRUE.equals(row.getBoolean("overtaken")));
    }

    /** Creates the batch's notifications with their first history line, in the relay's transaction. */
    Uni<Void> createAll(SqlClient c, NewNotifications fresh) {
        return c.preparedQuery(CREATE).execute(fresh.tuple()).replaceWithVoid();
    }

    /** How many messages wait (created, sending or to retry) and the age in seconds of the oldest of them. */
    Uni<QueueState> queueState() {
        return pool.query(QUEUE).execute().map(rows -> {
            var row = rows.iterator().next();
            return new QueueState(row.getLong(0), row.getLong(1));
        });
    }

    record QueueState(long depth, long oldestSeconds) {
    }
}
