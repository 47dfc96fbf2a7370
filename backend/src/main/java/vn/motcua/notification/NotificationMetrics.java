package vn.motcua.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Prometheus figures at /q/metrics: messages recorded per channel, kind and status, their estimated cost,
 * and, read from the database every 15 seconds so that every instance reports the same, the queue depth
 * and the age of the oldest message still waiting.
 */
@ApplicationScoped
public class NotificationMetrics {
    private final MeterRegistry registry;
    private final NotificationStore store;
    private final AtomicLong depth = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    /** Counters by kind, channel and status: looked up once, not built per message. */
    private final java.util.Map<String, Counter> counters = new java.util.concurrent.ConcurrentHashMap<>();

    public NotificationMetrics(MeterRegistry registry, NotificationStore store) {
        this.registry = registry;
        this.store = store;
        Gauge.builder("motcua.notifications.queue.depth", depth, AtomicLong::get)
                .description("Notifications created, sending or waiting to retry").register(registry);
        Gauge.builder("motcua.notifications.oldest.pending.seconds", oldestSeconds, AtomicLong::get)
                .description("Age of the oldest notification not yet sent").register(registry);
    }

    void recorded(String kind, SendOutcome outcome) {
        String channel = outcome.channel() == null ? "none" : outcome.channel().value();
        String status = outcome.status().value();
        counters.computeIfAbsent(kind + "|" + channel + "|" + status, k -> Counter
                .builder("motcua.notifications.recorded").tag("kind", kind).tag("channel", channel)
                .tag("status", status).register(registry)).increment();
        if (outcome.cost() != null && outcome.cost() > 0) {
            counters.computeIfAbsent("cost|" + channel, k -> Counter.builder("motcua.notifications.estimated.cost")
                    .baseUnit("VND").tag("channel", channel).register(registry)).increment(outcome.cost());
        }
    }

    @Scheduled(every = "15s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> readQueue() {
        return store.queueState().invoke(queue -> {
            depth.set(queue.depth());
            oldestSeconds.set(queue.oldestSeconds());
        }).replaceWithVoid();
    }
}
