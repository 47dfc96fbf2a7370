package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Every OA API call passes here (the {@link ZaloGateway} sends it through): one rate limit shared by the bot
 * and all senders of every instance (Zalo counts per app: 4,000 a minute, {@code -32} beyond; the slots come
 * from {@link CallBudget}), and a circuit breaker that stops calling a Zalo that keeps failing, so that messages wait in the database instead of
 * piling up in memory.
 */
public class CallGate {
    /** A caller that would have to wait longer than this is told to retry later instead. */
    static final Duration MAX_WAIT = Duration.ofSeconds(20);

    private final CallBudget budget;
    private final int failuresToOpen;
    private final long pauseNanos;
    private int consecutiveFailures;
    private long openUntil;

    public CallGate(int perMinute, int failuresToOpen, Duration pause) {
        this(CallBudget.forRate(perMinute), failuresToOpen, pause);
    }

    CallGate(CallBudget budget, int failuresToOpen, Duration pause) {
        this.budget = budget;
        this.failuresToOpen = failuresToOpen;
        this.pauseNanos = pause.toNanos();
    }

    public <T> Uni<T> call(Supplier<Uni<T>> call) {
        try {
            checkCircuit(System.nanoTime());
        } catch (ZaloApiException refused) {
            return Uni.createFrom().failure(refused);
        }
        Uni<T> run = Uni.createFrom().<T>deferred(call::get)
                .invoke(item -> succeeded())
                .onFailure(ZaloApiException.class).invoke(e -> failed((ZaloApiException) e));
        // Vert.x timers need at least a millisecond: a shorter wait is no wait; a longer one is rounded up, so
        // that no call ever leaves before its slot
        return budget.acquire().flatMap(wait -> wait < 1_000_000 ? run
                : Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis((wait + 999_999) / 1_000_000))
                        .flatMap(v -> run));
    }

    synchronized void checkCircuit(long now) {
        if (now < openUntil) {
            throw ZaloApiException.circuitOpen("circuit open: Zalo failed " + failuresToOpen + " times in a row",
                    Duration.ofNanos(openUntil - now));
        }
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
