package vn.motcua.zalo.outbound;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.motcua.zalo.ZaloSettings;

/**
 * The one {@link CallGate} of this instance, shared by every client of the OA API (messages, templates, user
 * details): Zalo counts its 4,000 calls a minute per app, whoever makes them. A user-detail call made beside
 * the gate let three instances reach 4,006 calls in a minute in the cluster run (docs/reliability.md).
 */
public class SharedCallGate {

    @Produces
    @Singleton // a plain class without a no-argument constructor: no client proxy
    CallGate gate(ZaloSettings settings) {
        return new CallGate(settings.config().rateLimitPerMinute(), settings.config().circuitFailures(),
                settings.config().circuitPause());
    }
}
