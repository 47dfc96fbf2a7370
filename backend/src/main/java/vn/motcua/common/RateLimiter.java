package vn.motcua.common;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a client address, say): {@code perMinute} requests a minute, refilled
 * continuously, with bursts up to the same number. In memory, so per instance.
 */
public final class RateLimiter {
    private static final int MAX_KEYS = 200_000;
    private final double perMillis;
    private final int capacity;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        this.capacity = Math.max(1, perMinute);
        this.perMillis = capacity / 60_000.0;
        this.clock = clock;
    }

    /** Zero when the request may go ahead, else how many seconds to wait. */
    public long acquire(String key) {
        if (buckets.size() > MAX_KEYS) {
            // a flood of distinct keys must not grow memory without bound
            buckets.clear();
        }
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * perMillis);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perMillis / 1000.0);
        }
    }

    /** Forgets buckets that are full again (idle clients). */
    public void evictIdle() {
        long now = clock.millis();
        buckets.entrySet().removeIf(e -> e.getValue().tokens + (now - e.getValue().updatedAt) * perMillis >= capacity);
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
