package vn.motcua.app;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Set;

/**
 * One Vert.x event loop per core unless an operator says otherwise. Quarkus starts two per core; on the
 * 2-core hosts provinces run, with PostgreSQL and the JVM's own threads on the same cores, the extra loops
 * only add scheduling: the public lookup served a third more with two loops than with four, and its p99 fell
 * from 59 to 43 ms (docs/performance.md). Below every other source: {@code QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE}
 * or application.properties still win.
 */
public class EventLoopDefault implements ConfigSource {
    static final String PROPERTY = "quarkus.vertx.event-loops-pool-size";
    /** Lower than application.properties (250) and META-INF/microprofile-config.properties (100). */
    static final int ORDINAL = 40;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors()))
                : null;
    }

    @Override
    public String getName() {
        return "motcua-event-loop-default";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
