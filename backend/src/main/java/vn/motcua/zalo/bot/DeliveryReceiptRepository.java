package vn.motcua.zalo.bot;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.webhook.ZaloEvent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Delivery and read receipts, kept for the notification work (which matches them by tracking id or msg id). */
@ApplicationScoped
public class DeliveryReceiptRepository {
    private static final String INSERT = """
            insert into zalo_delivery_receipt (event_name, zalo_user_id, recipient, msg_id, tracking_id, event_at)
            values ($1, $2, $3, $4, $5, $6)""";

    private final Pool pool;

    public DeliveryReceiptRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> store(ZaloEvent event) {
        List<String> ids = new ArrayList<>(event.msgIds());
        if (event.msgId() != null && !ids.contains(event.msgId())) {
            ids.add(event.msgId());
        }
        if (ids.isEmpty()) {
            ids.add(null);
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(deliveryTime(event), ZoneOffset.UTC);
        String tracking = event.trackingId() == null ? null
                : event.trackingId().substring(0, Math.min(48, event.trackingId().length()));
        List<Tuple> batch = ids.stream().map(id -> Tuple.of(event.eventName(), event.userId(),
                event.recipientId(), id, tracking, at)).toList();
        return pool.preparedQuery(INSERT).executeBatch(batch).replaceWithVoid();
    }

    private static Instant deliveryTime(ZaloEvent event) {
        try {
            return event.deliveryTime() == null ? event.time() : Instant.ofEpochMilli(Long.parseLong(event.deliveryTime()));
        } catch (NumberFormatException e) {
            return event.time();
        }
    }
}
