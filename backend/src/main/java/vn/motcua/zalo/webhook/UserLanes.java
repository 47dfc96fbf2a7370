package vn.motcua.zalo.webhook;

import io.smallrye.mutiny.Uni;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs up to {@code capacity} pieces of work at once while keeping each user's work in arrival order: a citizen
 * who writes "theo dõi" and then "hủy theo dõi" must be answered in that order, but two citizens need not wait
 * for each other. {@link #submit} answers once the work has a place, not when it is done, which is the
 * back-pressure the channel feeding it needs.
 */
final class UserLanes {
    private final int capacity;
    /** The last piece of work queued per user; removed when it finishes and nothing came after it. */
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();
    private int running;
    private CompletableFuture<Void> placeFreed;

    UserLanes(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    /** Queues the work behind the same user's earlier work; the answer comes when there is room for more. */
    Uni<Void> submit(String user, Supplier<Uni<Void>> work) {
        String lane = user == null ? "" : user;
        CompletableFuture<Void> waitForPlace;
        synchronized (this) {
            running++;
            CompletableFuture<Void> previous = tails.getOrDefault(lane, CompletableFuture.completedFuture(null));
            CompletableFuture<Void> mine = previous.thenCompose(ignored -> run(work));
            tails.put(lane, mine);
            mine.whenComplete((ok, error) -> finished(lane, mine));
            if (running < capacity) {
                return Uni.createFrom().voidItem();
            }
            if (placeFreed == null) {
                placeFreed = new CompletableFuture<>();
            }
            waitForPlace = placeFreed;
        }
        return Uni.createFrom().completionStage(waitForPlace);
    }

    synchronized int running() {
        return running;
    }

    private static CompletableFuture<Void> run(Supplier<Uni<Void>> work) {
        try {
            return work.get().onFailure().recoverWithNull().subscribeAsCompletionStage();
        } catch (RuntimeException e) { // the work reports its own failures; a lane must never stay blocked
            return CompletableFuture.completedFuture(null);
        }
    }

    private void finished(String lane, CompletableFuture<Void> mine) {
        CompletableFuture<Void> freed;
        synchronized (this) {
            running--;
            tails.remove(lane, mine);
            freed = placeFreed;
            placeFreed = null;
        }
        if (freed != null) {
            freed.complete(null);
        }
    }
}
