package vn.motcua.notification;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moves sent messages to delivered and seen from the webhook's receipts (matched by Zalo's message id, or
 * by our tracking id for templates by phone). Receipts are applied as they arrive and again every few
 * seconds, for a receipt that came before the send was recorded.
 */
@ApplicationScoped
public class NotificationReceiptStore {
    private static final String APPLY = """
            with matched as (
                select n.id, bool_or(r.event_name = 'user_seen_message') as seen,
                       min(r.event_at) as first_at, max(r.event_at) as last_at
                  from notification n
                  join zalo_delivery_receipt r on r.msg_id = n.provider_message_id
                 where n.status in ('sent', 'delivered') and r.recorded_at > now() - interval '10 minutes'
                 group by n.id
                union all
                select n.id, bool_or(r.event_name = 'user_seen_message'), min(r.event_at), max(r.event_at)
                  from notification n
                  join zalo_delivery_receipt r on r.tracking_id = n.idempotency_key
                 where n.status in ('sent', 'delivered') and r.recorded_at > now() - interval '10 minutes'
                 group by n.id),
            changed as (
                update notification n
                   set status = case when m.seen then 'seen' else 'delivered' end,
                       delivered_at = coalesce(n.delivered_at, m.first_at),
                       seen_at = case when m.seen then m.last_at else n.seen_at end, updated_at = now()
                  from matched m
                 where n.id = m.id and (m.seen or n.status = 'sent')
                returning n.id, n.status, n.channel)
            insert into notification_status_change (notification_id, status, channel)
            select id, status, channel from changed""";

    private final Pool pool;

    public NotificationReceiptStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> apply() {
        return pool.query(APPLY).execute().replaceWithVoid();
    }

    @Scheduled(every = "5s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> reconcile() {
        return apply();
    }
}
