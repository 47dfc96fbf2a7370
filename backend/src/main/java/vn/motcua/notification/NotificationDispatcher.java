package vn.motcua.notification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Moves work along: outbox rows become notifications (the relay), and notifications that are due are
 * claimed and handed to a channel: {@code notification-sends} in-process by default, or, with
 * {@code motcua.notifications.transport=broker}, {@code notification-broker-out} (RabbitMQ when configured, so
 * that senders on every instance share the work). Woken by the database's NOTIFY when an outbox row
 * commits, and by a timer as the fallback; one pass runs at a time.
 */
@ApplicationScoped
public class NotificationDispatcher {
    /** Batches handed over and not yet acknowledged: more would only queue in memory. */
    private static final int MAX_IN_FLIGHT = 2;

    private final OutboxRelay relay;
    private final NotificationStore store;
    private final NotificationSettings settings;
    private final Emitter<String> sends;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopped;

    public NotificationDispatcher(OutboxRelay relay, NotificationStore store, NotificationSettings notifications,
                                  @Channel("notification-sends") @OnOverflow(value = OnOverflow.Strategy.BUFFER,
                                          bufferSize = 64) Emitter<String> local,
                                  @Channel("notification-broker-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER,
                                          bufferSize = 64) Emitter<String> broker) {
        this.relay = relay;
        this.store = store;
        this.settings = notifications;
        this.sends = settings.transport() == NotificationSettings.Transport.BROKER ? broker : local;
    }

    /** Runs a pass now, or right after the one that is running. */
    public void wake() {
        if (stopped || !settings.enabled()) {
            return;
        }
        again.set(true);
        if (running.compareAndSet(false, true)) {
            again.set(false);
            pass().subscribe().with(v -> done(), e -> {
                Log.errorf(e, "Notification dispatch failed; the timer will try again");
                done();
            });
        }
    }

    @Scheduled(every = "${motcua.notifications.poll-every:1s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        wake();
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> releaseExpiredLeases() {
        return settings.enabled() ? store.releaseExpiredLeases() : Uni.createFrom().voidItem();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    private void done() {
        running.set(false);
        if (again.get() && !stopped) {
            wake();
        }
    }

    private Uni<Void> pass() {
        return relayAll().flatMap(v -> dispatchDue());
    }

    private Uni<Void> relayAll() {
        return relay.relayBatch().flatMap(taken -> taken >= settings.batchSize() && !stopped ? relayAll()
                : Uni.createFrom().voidItem());
    }

    private Uni<Void> dispatchDue() {
        if (inFlight.get() >= MAX_IN_FLIGHT || stopped) {
            return Uni.createFrom().voidItem();
        }
        java.util.UUID claim = java.util.UUID.randomUUID();
        return store.claimDue(settings.batchSize(), settings.lease(), claim).flatMap(ids -> {
            if (ids.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            hand(claim, ids);
            return ids.size() >= settings.batchSize() ? dispatchDue() : Uni.createFrom().voidItem();
        });
    }

    private void hand(java.util.UUID claim, List<Long> ids) {
        inFlight.incrementAndGet();
        String batch = NotificationBatch.encode(claim, ids);
        sends.send(batch).whenComplete((ok, error) -> {
            inFlight.decrementAndGet();
            if (error != null) {
                Log.warnf("A notification batch was not acknowledged (%s); its lease will run out and it goes again",
                        error.getMessage());
            }
            wake();
        });
    }
}
