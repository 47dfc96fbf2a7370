package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;

import java.time.Duration;

/** Slots spaced evenly in this process only: for one instance, or a gate used on its own. */
final class LocalCallBudget implements CallBudget {
    private final long intervalNanos;
    private long nextSlot = Long.MIN_VALUE;

    LocalCallBudget(int perMinute) {
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / Math.max(1, perMinute);
    }

    @Override
    public Uni<Long> acquire() {
        try {
            return Uni.createFrom().item(reserve(System.nanoTime()));
        } catch (ZaloApiException full) {
            return Uni.createFrom().failure(full);
        }
    }

    /** The time to wait for this caller's slot; slots are spaced evenly so no minute holds more than the rate. */
    synchronized long reserve(long now) {
        long slot = Math.max(now, nextSlot);
        if (slot - now > CallGate.MAX_WAIT.toNanos()) {
            throw CallBudget.queueFull("local");
        }
        nextSlot = slot + intervalNanos;
        return slot - now;
    }
}
