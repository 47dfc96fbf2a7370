package vn.motcua.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
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
                   lease_until = now() + make_interval(secs => $2)
             where id in (select id from notification
                           where status in ('created', 'temporary-failure') and next_attempt_at <= now()
                           order by next_attempt_at limit $1 for update skip locked)
            returning id""";
    private static final String LOAD = """
            select n.id, n.kind, n.zalo_user_id, n.phone, n.payload, n.idempotency_key, n.attempts,
                   d.code, d.applicant_name, d.status as dossier_status, d.due_at, d.result_delivery,
                   p.name as procedure_name, a.name as agency_name, a.hotline,
                   u.last_interaction_at, coalesce(u.followed, true) or u.unfollowed_at is null as reachable_by_oa,
                   (select s.items from supplement_request s where s.dossier_id = d.id and s.provided_at is null
                     order by s.requested_at desc nulls last, s.id desc limit 1) as missing_documents,
                   (select sum(f.amount) from dossier_fee f where f.dossier_id = d.id) as fee_total,
                   (select e.note from dossier_event e where e.dossier_id = d.id and e.applied
                     order by e.occurred_at desc, e.id desc limit 1) as last_note,
                   d.applicant_phone
              from notification n join dossier d on d.id = n.dossier_id
              left join procedure p on p.id = d.procedure_id left join agency a on a.id = d.agency_id
              left join zalo_user u on u.zalo_user_id = n.zalo_user_id
             where n.id = any($1) and n.status = 'sending'""";
    private static final String FINISH = """
            with done as (
                update notification set status = $2, channel = coalesce($3, channel),
                       estimated_cost = coalesce($4, estimated_cost),
                       provider_message_id = coalesce($5, provider_message_id), failure_class = $6,
                       status_reason = $7, next_attempt_at = coalesce($8, next_attempt_at), lease_until = null,
                       sent_at = case when $2 = 'sent' then now() else sent_at end, updated_at = now()
                 where id = $1 and status = 'sending' returning id)
            insert into notification_status_change (notification_id, status, channel, detail)
            select id, $2, $3, $7 from done returning notification_id""";
    /** Leases that ran out: the sender died or lost the batch; the message goes again (at most a repeat). */
    private static final String EXPIRED = """
            with expired as (
                update notification set status = 'temporary-failure', next_attempt_at = now(), lease_until = null,
                       status_reason = 'Gửi lại: lần gửi trước không ghi nhận được kết quả', updated_at = now()
                 where id in (select id from notification where status = 'sending' and lease_until < now()
                               limit 1000 for update skip locked)
                returning id)
            insert into notification_status_change (notification_id, status, detail)
            select id, 'temporary-failure', 'Gửi lại: lần gửi trước không ghi nhận được kết quả' from expired""";

    private final Pool pool;

    public NotificationStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Long>> claimDue(int limit, Duration lease) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(limit, (double) lease.toMillis() / 1000))
                .map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getLong(0)));
                    return ids;
                });
    }

    public Uni<List<Row>> loadClaimed(List<Long> ids) {
        return pool.preparedQuery(LOAD).execute(Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            return list;
        });
    }

    /** Records the outcome of a claimed message; false when the claim was lost meanwhile (nothing written). */
    public Uni<Boolean> finish(long id, Outcome outcome) {
        return pool.preparedQuery(FINISH).execute(Tuple.tuple(java.util.Arrays.asList(id, outcome.status().value(),
                        outcome.channel() == null ? null : outcome.channel().value(), outcome.cost(),
                        outcome.providerMessageId(), outcome.failureClass(), outcome.reason(),
                        outcome.nextAttemptAt())))
                .map(rows -> rows.size() > 0);
    }

    public Uni<Void> releaseExpiredLeases() {
        return pool.query(EXPIRED).execute().replaceWithVoid();
    }

    /** What happened to one message in one attempt. */
    public record Outcome(NotificationStatus status, DeliveryChannel channel, Long cost, String providerMessageId,
                          String failureClass, String reason, OffsetDateTime nextAttemptAt) {
    }
}
