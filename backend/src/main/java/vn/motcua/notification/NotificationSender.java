package vn.motcua.notification;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Sends a batch of claimed notifications, several at once (the OA client's shared limiter keeps the pace),
 * and records each outcome. A batch whose claims ran out meanwhile is skipped row by row: the row was
 * given to someone else.
 */
@ApplicationScoped
public class NotificationSender {
    private final NotificationStore store;
    private final Delivery delivery;
    private final NotificationMetrics metrics;
    private final SendPace pace;
    private final int concurrency;
    private final java.time.Duration lease;

    public NotificationSender(NotificationStore store, Delivery delivery, NotificationMetrics metrics,
                              SendPace pace, NotificationSettings notifications) {
        this.store = store;
        this.delivery = delivery;
        this.metrics = metrics;
        this.pace = pace;
        this.concurrency = Math.max(1, notifications.concurrency());
        this.lease = notifications.lease();
    }

    @Incoming("notification-sends")
    public Uni<Void> sendLocalBatch(String batch) {
        return sendBatch(batch);
    }

    /** Batches from the broker (motcua.notifications.transport=broker), whichever instance claimed them. */
    @Incoming("notification-broker-in")
    public Uni<Void> sendBrokerBatch(String batch) {
        return sendBatch(batch);
    }

    Uni<Void> sendBatch(String message) {
        NotificationBatch batch = NotificationBatch.decode(message);
        if (batch == null) {
            return Uni.createFrom().voidItem();
        }
        return store.loadClaimed(batch.ids(), batch.claim(), lease)
                .flatMap(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUni(this::attempt).merge(concurrency)
                        .collect().asList()
                        .flatMap(attempts -> record(attempts, batch.claim())))
                .onFailure().invoke(e -> Log.errorf(e, "Notification batch failed; leases will run out and it goes again"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private record Attempted(long id, String kind, SendOutcome outcome) {
    }

    private Uni<Attempted> attempt(ClaimedMessage message) {
        return pace.turn().flatMap(v -> delivery.attempt(message))
                .map(outcome -> new Attempted(message.id(), message.kind().name(), outcome));
    }

    /** One statement for the whole batch; a crash before it repeats at most this batch's messages. */
    private Uni<Void> record(List<Attempted> attempts, java.util.UUID claim) {
        if (attempts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        java.util.Map<Long, SendOutcome> outcomes = new java.util.LinkedHashMap<>();
        attempts.forEach(a -> outcomes.put(a.id(), a.outcome()));
        return store.finishAll(outcomes, claim).invoke(recorded -> attempts.stream()
                        .filter(a -> recorded.contains(a.id())).forEach(a -> metrics.recorded(a.kind(), a.outcome())))
                .replaceWithVoid();
    }
}
