package vn.motcua.notification;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.web.ForegroundActivity;

import java.time.Duration;

/**
 * Foreground first: while people are using the product, notification sends are spaced to
 * {@code motcua.notifications.rate-while-busy} a second, so that a fan-out leaves the CPU and the database to
 * lookups and webhooks; when nobody is, they go as fast as Zalo's limit allows. Zalo's own per-app limit (the OA
 * client's shared gate) applies on top in both cases.
 */
@ApplicationScoped
public class SendPace {
    private final ForegroundActivity foreground;
    private final long intervalNanos;
    private long nextSlot = Long.MIN_VALUE;

    @jakarta.inject.Inject
    public SendPace(ForegroundActivity foreground, NotificationSettings notifications) {
        this(foreground, notifications.rateWhileBusy());
    }

    SendPace(ForegroundActivity foreground, int perSecond) {
        this.foreground = foreground;
        this.intervalNanos = perSecond <= 0 ? 0 : Duration.ofSeconds(1).toNanos() / perSecond;
    }

    /** Completes when this send may start. */
    public Uni<Void> turn() {
        if (intervalNanos == 0 || !foreground.busy()) {
            return Uni.createFrom().voidItem();
        }
        long wait = reserve(System.nanoTime());
        // Vert.x timers need at least a millisecond: a shorter wait is no wait
        return wait < 1_000_000 ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofNanos(wait));
    }

    synchronized long reserve(long now) {
        long slot = Math.max(now, nextSlot);
        nextSlot = slot + intervalNanos;
        return slot - now;
    }
}
