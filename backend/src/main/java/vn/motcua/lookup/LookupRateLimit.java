package vn.motcua.lookup;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.RateLimiter;
import vn.motcua.common.problem.ProblemException;

import java.time.Clock;

/** Lookups per client a minute (configurable, can be switched off for benchmarks); 429 with Retry-After. */
@ApplicationScoped
public class LookupRateLimit {
    private final boolean enabled;
    private final RateLimiter limiter;

    public LookupRateLimit(LookupSettings lookup) {
        this.enabled = lookup.rateLimitEnabled();
        this.limiter = new RateLimiter(lookup.rateLimitPerMinute(), Clock.systemUTC());
    }

    public void check(String client) {
        if (!enabled) {
            return;
        }
        long wait = limiter.acquire(client);
        if (wait > 0) {
            throw ProblemException.tooManyRequests(wait);
        }
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evictIdle() {
        limiter.evictIdle();
    }
}
