package vn.motcua.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.audience.Recipient;
import vn.motcua.audience.RecipientStore;
import vn.motcua.common.Hashing;
import vn.motcua.common.Transactions;
import vn.motcua.outbox.OutboxStore.PendingChange;
import vn.motcua.outbox.OutboxStore;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Turns outbox rows into notifications, a batch per transaction: the rows are locked with SKIP LOCKED so
 * that relays on several instances share the work, and a row is marked processed in the same transaction
 * as its notifications, so none is lost and none is made twice (the idempotency key also guards the latter).
 */
@ApplicationScoped
public class OutboxRelay {
    private final Transactions transactions;
    private final OutboxStore outbox;
    private final NotificationStore notifications;
    private final RecipientStore recipients;
    private final NotificationSettings settings;
    /** Outbox rows this instance relayed (committed): with several instances, shows that they share the work. */
    private final Counter relayed;

    public OutboxRelay(Transactions transactions, OutboxStore outbox, NotificationStore notifications, RecipientStore recipients,
                       NotificationSettings settings, MeterRegistry registry) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.notifications = notifications;
        this.recipients = recipients;
        this.settings = settings;
        this.relayed = Counter.builder("motcua.outbox.relayed").description("Outbox rows relayed by this instance")
                .register(registry);
    }

    /** Relays one batch; the answer is how many outbox rows it took (0 when there was nothing to do). */
    public Uni<Integer> relayBatch() {
        return transactions.inTransaction(connection -> outbox.claim(connection, settings.batchSize())
                .flatMap(batch -> {
                    if (batch.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Long[] dossiers = batch.stream().map(PendingChange::dossierId).distinct().toArray(Long[]::new);
                    return recipients.forDossiers(connection, dossiers)
                            .flatMap(byDossier -> insert(connection, batch, byDossier))
                            .flatMap(v -> outbox.markProcessed(connection,
                                    batch.stream().map(PendingChange::id).toArray(Long[]::new)))
                            .replaceWith(batch.size());
                })).invoke(taken -> relayed.increment(taken));
    }

    private Uni<Void> insert(SqlConnection connection, List<PendingChange> batch, Map<Long, List<Recipient>> byDossier) {
        NewNotifications fresh = new NewNotifications();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime oldest = now.minus(settings.maxOutboxAge());
        for (PendingChange change : batch) {
            JsonObject payload = new JsonObject(change.payload());
            var kind = OutboxKinds.kindOf(change.kind(), change.toStatus(), payload);
            if (kind.isEmpty() || change.createdAt().isBefore(oldest)) {
                continue; // nothing worth a message, or too old to be news
            }
            for (Recipient recipient : byDossier.getOrDefault(change.dossierId(), List.of())) {
                fresh.add(idempotencyKey(change.id(), recipient.key(), kind.get()), change, recipient, kind.get(),
                        payload, now.plus(settings.hold()));
            }
        }
        if (fresh.size() == 0) {
            return Uni.createFrom().voidItem();
        }
        Log.debugf("Outbox relay: %d notifications from %d outbox rows", fresh.size(), batch.size());
        return notifications.createAll(connection, fresh);
    }

    /** The deterministic key of one message: the same change, person and kind always give the same key. */
    static String idempotencyKey(long outboxId, String recipientKey, NotificationKind kind) {
        return "mc" + Hashing.sha256Hex(outboxId + "|" + recipientKey + "|" + kind.name()).substring(0, 40);
    }

}
