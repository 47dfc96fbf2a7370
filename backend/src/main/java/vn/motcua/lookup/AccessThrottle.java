package vn.motcua.lookup;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.config.MotCuaConfig;

/**
 * Failed access proofs counted per dossier code in the database, so every instance sees them and a code
 * that does not exist is counted exactly like one that does.
 */
@ApplicationScoped
public class AccessThrottle {
    private static final String FAILURES = """
            select failures from access_throttle
             where throttle_key = $1 and window_start >= now() - make_interval(secs => $2)""";
    private static final String RECORD_FAILURE = """
            insert into access_throttle (throttle_key, window_start, failures) values ($1, now(), 1)
            on conflict (throttle_key) do update set
              failures = case when access_throttle.window_start < now() - make_interval(secs => $2)
                              then 1 else access_throttle.failures + 1 end,
              window_start = case when access_throttle.window_start < now() - make_interval(secs => $2)
                              then now() else access_throttle.window_start end""";

    private final Pool pool;
    private final int maxFailures;
    private final double windowSeconds;

    public AccessThrottle(Pool pool, MotCuaConfig config) {
        this.pool = pool;
        this.maxFailures = config.lookup().accessMaxFailuresPerDossier();
        this.windowSeconds = config.lookup().accessWindow().toSeconds();
    }

    public Uni<Boolean> isLocked(String key) {
        return pool.preparedQuery(FAILURES).execute(Tuple.of(key, windowSeconds))
                .map(rows -> rows.size() > 0 && rows.iterator().next().getInteger(0) >= maxFailures);
    }

    public Uni<Void> recordFailure(String key) {
        return pool.preparedQuery(RECORD_FAILURE).execute(Tuple.of(key, windowSeconds)).replaceWithVoid();
    }

    public long windowSeconds() {
        return (long) windowSeconds;
    }
}
