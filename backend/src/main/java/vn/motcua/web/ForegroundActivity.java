package vn.motcua.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether people are using the product right now: a citizen's lookup, a Zalo webhook, an officer's page. Bulk
 * work (a notification fan-out) asks this to give way, so that on a small machine a 10,000-message fan-out does
 * not make the citizen in front of the screen wait. Health and metrics probes do not count.
 */
@ApplicationScoped
public class ForegroundActivity {
    /** A request within this long counts as activity: closed-loop clients leave short gaps between requests. */
    static final long QUIET_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile long lastSeen = System.nanoTime() - QUIET_AFTER_NANOS;

    void register(@Observes Router router) {
        router.route().order(-102).handler(ctx -> {
            if (ctx.normalizedPath().startsWith("/q/")) {
                ctx.next();
                return;
            }
            started();
            ctx.addEndHandler(ignored -> ended());
            ctx.next();
        });
    }

    /** True while a request is running or one ended less than a second ago. */
    public boolean busy() {
        return inFlight.get() > 0 || System.nanoTime() - lastSeen < QUIET_AFTER_NANOS;
    }

    void started() {
        inFlight.incrementAndGet();
        lastSeen = System.nanoTime();
    }

    void ended() {
        inFlight.decrementAndGet();
        lastSeen = System.nanoTime();
    }
}
