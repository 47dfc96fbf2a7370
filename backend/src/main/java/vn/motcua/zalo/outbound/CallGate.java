package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Every call to Zalo passes here: one rate limit shared by the bot and all senders of this instance (Zalo
 * counts per app: 4,000 a minute, {@code -32} beyond), and a circuit breaker that stops calling a Zalo that
 * keeps failing, so that messages wait in the database instead of piling up in memory.
 */
public class CallGate {
    /** A caller that would have to wait longer than this is told to retry later instead. */
    static final Duration MAX_WAIT = Duration.ofSeconds(20);

    private final long intervalNanos;
    private final int failuresToOpen;
    private final long pauseNanos;
    private long nextSlot;
    private int consecutiveFailures;
    private long openUntil;

    public CallGate(int perMinute, int failuresToOpen, Duration pause) {
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / Math.max(1, perMinute);
        this.failuresToOpen = failuresToOpen;
        this.pauseNanos = pause.toNanos();
        this.nextSlot = Long.MIN_VALUE;
    }

    public <T> Uni<T> call(Supplier<Uni<T>> call) {
        long wait;
        try {
            wait = reserve(System.nanoTime());
        } catch (ZaloApiException refused) {
            return Uni.createFrom().failure(refused);
        }
        Uni<T> run = Uni.createFrom().<T>deferred(call::get)
                .invoke(item -> succeeded())
                .onFailure(ZaloApiException.class).invoke(e -> failed((ZaloApiException) e));
        // Vert.x timers need at least a millisecond: a shorter wait is no wait
        return wait < 1_000_000 ? run : Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofNanos(wait))
                .flatMap(v -> run);
    }

    /** The time to wait for this caller's slot; slots are spaced evenly so no minute holds more than the rate. */
    synchronized long reserve(long now) {
        if (now < openUntil) {
            throw ZaloApiException.unavailable("circuit open: Zalo failed " + failuresToOpen + " times in a row");
        }
        long slot = Math.max(now, nextSlot);
        if (slot - now > MAX_WAIT.toNanos()) {
            throw new ZaloApiException(-32, "local rate limit: queue full", ZaloErrorClass.RETRY_LATER);
        }
        nextSlot = slot + intervalNanos;
        return slot - now;
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
    }

    synchronized void failed(ZaloApiException error) {
        if (error.code() != 0) {
            consecutiveFailures = 0; // Zalo answered: it is up, whatever it said
            return;
        }
        if (++consecutiveFailures >= failuresToOpen) {
            openUntil = System.nanoTime() + pauseNanos;
            consecutiveFailures = 0;
        }
    }
}
