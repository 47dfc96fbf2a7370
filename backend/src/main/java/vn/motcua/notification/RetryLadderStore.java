package vn.motcua.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The delays between attempts after temporary failures, kept in notification_retry_delay so that operators
 * change them without a release. Read at most once a minute.
 */
@ApplicationScoped
public class RetryLadderStore {
    private static final long REFRESH_NANOS = Duration.ofMinutes(1).toNanos();
    private final Pool pool;
    private volatile TreeMap<Integer, Duration> rungs;
    private volatile long readAt;

    public RetryLadderStore(Pool pool) {
        this.pool = pool;
    }

    /** The delay before the next attempt after {@code attempts} tries, or empty when the ladder is climbed. */
    public Uni<Optional<Duration>> delayAfter(int attempts) {
        return current().map(ladder -> Optional.ofNullable(ladder.get(attempts)));
    }

    /**
     * The delay before the next attempt, the last rung's once the ladder is climbed: for messages that are never
     * given up because of the number of attempts (waiting for the province, replies inside their window).
     */
    public Uni<Duration> delayOrLast(int attempts) {
        return current().map(ladder -> {
            Duration delay = ladder.get(attempts);
            if (delay != null) {
                return delay;
            }
            return ladder.isEmpty() ? Duration.ofMinutes(30) : ladder.lastEntry().getValue();
        });
    }

    private Uni<TreeMap<Integer, Duration>> current() {
        TreeMap<Integer, Duration> known = rungs;
        if (known != null && System.nanoTime() - readAt < REFRESH_NANOS) {
            return Uni.createFrom().item(known);
        }
        return pool.query("select attempt, extract(epoch from delay)::bigint * 1000 from notification_retry_delay")
                .execute().map(rows -> {
                    TreeMap<Integer, Duration> ladder = new TreeMap<>();
                    rows.forEach(r -> ladder.put(r.getInteger(0), Duration.ofMillis(r.getLong(1))));
                    rungs = ladder;
                    readAt = System.nanoTime();
                    return ladder;
                });
    }

    /** Forgets the cached ladder (tests and the admin change it). */
    public void forget() {
        rungs = null;
    }
}
