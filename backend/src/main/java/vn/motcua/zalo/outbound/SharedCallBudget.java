package vn.motcua.zalo.outbound;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code perMinute} calls a minute for the whole app, whatever the number of instances: call slots, evenly
 * spaced, come from one row of {@code zalo_call_budget}. To keep database round trips low an instance reserves
 * a block of slots at once, as many as it has callers waiting (up to a small maximum), and hands them out
 * locally. Slot times are the database's, read on the local clock through {@link DatabaseClock}.
 *
 * <p>A call leaves at its slot's time or a little later, never earlier. A call that leaves late could crowd
 * the next minute, so the budget keeps 1% of the rate in reserve (600 ms of lateness at any rate), and a slot
 * that passed more than {@link #STALE} ago is dropped rather than used.
 */
final class SharedCallBudget implements CallBudget {
    static final Duration STALE = Duration.ofMillis(200);

    private final CallBudgetStore store;
    private final long intervalNanos;
    private final long intervalMicros;
    private final int maxBlock;
    /** Local {@link System#nanoTime()} of the reserved slots not handed out yet, in order. */
    private final ArrayDeque<Long> slots = new ArrayDeque<>();
    private final ArrayDeque<UniEmitter<? super Long>> waiters = new ArrayDeque<>();
    private final DatabaseClock databaseClock = new DatabaseClock();
    /** The latest slot reserved here: a new block never starts before the interval after it. */
    private long lastSlot = Long.MIN_VALUE / 2;
    private final AtomicLong roundTrips = new AtomicLong();
    private boolean reserving;

    SharedCallBudget(CallBudgetStore store, int perMinute) {
        this.store = store;
        int usable = Math.max(1, perMinute - perMinute / 100);
        this.intervalMicros = Math.max(1, (Duration.ofMinutes(1).toNanos() / 1000 + usable - 1) / usable);
        this.intervalNanos = intervalMicros * 1000;
        this.maxBlock = Math.max(1, Math.min(50, perMinute / 200));
    }

    @Override
    public Uni<Long> acquire() {
        return Uni.createFrom().emitter(emitter -> {
            Long wait = null;
            boolean reserve = false;
            synchronized (this) {
                long now = System.nanoTime();
                dropStale(now);
                if (waiters.isEmpty() && !slots.isEmpty()) {
                    wait = Math.max(0, slots.poll() - now);
                } else {
                    waiters.add(emitter);
                    reserve = !reserving;
                    reserving = true;
                }
            }
            if (wait != null) {
                emitter.complete(wait);
            } else if (reserve) {
                reserve();
            }
        });
    }

    /** Database round trips so far (each one reserves a block of slots). */
    long roundTrips() {
        return roundTrips.get();
    }

    private void reserve() {
        int count;
        synchronized (this) {
            count = Math.max(1, Math.min(maxBlock, waiters.size()));
        }
        roundTrips.incrementAndGet();
        store.reserve(count, intervalMicros, CallGate.MAX_WAIT.toNanos() / 1000)
                .subscribe().with(block -> reserved(block, count), this::unavailable);
    }

    private void reserved(CallBudgetStore.ReservedBlock block, int count) {
        long received = System.nanoTime();
        List<Map.Entry<UniEmitter<? super Long>, Long>> served = new ArrayList<>();
        List<UniEmitter<? super Long>> refused = new ArrayList<>();
        boolean again;
        synchronized (this) {
            if (block == null) {
                // the app's queue already reaches MAX_WAIT ahead: these callers are told to retry later
                refused.addAll(waiters);
                waiters.clear();
            } else {
                databaseClock.observe(block.databaseNowMicros(), received);
                long end = databaseClock.toLocal(block.endMicros());
                for (int i = count; i > 0; i--) {
                    lastSlot = Math.max(end - i * intervalNanos, lastSlot + intervalNanos);
                    slots.add(lastSlot);
                }
                while (!waiters.isEmpty() && !slots.isEmpty()) {
                    served.add(Map.entry(waiters.poll(), Math.max(0, slots.poll() - received)));
                }
            }
            again = !waiters.isEmpty();
            reserving = again;
        }
        served.forEach(s -> s.getKey().complete(s.getValue()));
        refused.forEach(e -> e.fail(CallBudget.queueFull("app-wide")));
        if (again) {
            reserve();
        }
    }

    private void unavailable(Throwable error) {
        List<UniEmitter<? super Long>> failed;
        synchronized (this) {
            failed = new ArrayList<>(waiters);
            waiters.clear();
            reserving = false;
        }
        Log.warnf("Zalo call budget unavailable (%s): %d calls told to retry later", error.getMessage(), failed.size());
        failed.forEach(e -> e.fail(new ZaloApiException(-32, "app-wide rate limit unavailable: " + error.getMessage(),
                ZaloErrorClass.RETRY_LATER)));
    }

    private void dropStale(long now) {
        while (!slots.isEmpty() && slots.peek() < now - STALE.toNanos()) {
            slots.poll();
        }
    }
}
