package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.function.BiFunction;

/** The OA access token as stored in zalo_token (one row: the newest pair is the only valid one). */
@ApplicationScoped
public class TokenRepository implements AccessTokenSource {
    /** Arbitrary constant naming the advisory lock of the token pair. */
    private static final long LOCK = 7_361_001L;
    private static final String LOCK_PAIR = "select pg_advisory_xact_lock($1)";
    private static final String PAIR = "select access_token, refresh_token from zalo_token where id = 1";
    private static final String UPSERT_EXPIRING_IN = """
            insert into zalo_token (id, access_token, refresh_token, access_expires_at, updated_at)
            values (1, $1, $2, now() + make_interval(secs => $3), now())
            on conflict (id) do update set access_token = excluded.access_token,
                refresh_token = excluded.refresh_token, access_expires_at = excluded.access_expires_at, updated_at = now()""";
    private static final String EXPIRING = """
            select access_token, access_expires_at < now() + make_interval(secs => $1) from zalo_token where id = 1""";

    private final Pool pool;

    public TokenRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * The current access token, or null when no pair has been stored yet. Read at most every few seconds: a
     * token another instance replaced meanwhile is refused by Zalo and the refresher hands out the new one.
     */
    @Override
    public Uni<String> accessToken() {
        Cached known = cached;
        if (known != null && System.nanoTime() - known.readAt() < CACHE_NANOS) {
            return Uni.createFrom().item(known.token());
        }
        return pool.query("select access_token from zalo_token where id = 1").execute()
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0))
                .invoke(token -> cached = token == null ? null : new Cached(token, System.nanoTime()));
    }

    private static final long CACHE_NANOS = java.time.Duration.ofSeconds(5).toNanos();
    private volatile Cached cached;

    private record Cached(String token, long readAt) {
    }

    public Uni<Void> store(String accessToken, String refreshToken, OffsetDateTime accessExpiresAt) {
        cached = null;
        return pool.preparedQuery("""
                        insert into zalo_token (id, access_token, refresh_token, access_expires_at, updated_at)
                        values (1, $1, $2, $3, now())
                        on conflict (id) do update set access_token = excluded.access_token,
                            refresh_token = excluded.refresh_token, access_expires_at = excluded.access_expires_at,
                            updated_at = now()""")
                .execute(Tuple.of(accessToken, refreshToken, accessExpiresAt)).replaceWithVoid();
    }

    /** When the stored pair was saved and when its access token expires; null when none is stored. */
    public Uni<TokenStatus> status() {
        return pool.query("select updated_at, access_expires_at from zalo_token where id = 1").execute()
                .map(rows -> rows.size() == 0 ? null : new TokenStatus(rows.iterator().next().getOffsetDateTime(0),
                        rows.iterator().next().getOffsetDateTime(1)));
    }

    /**
     * Runs {@code work} holding the pair's lock, so that one refresh at a time happens across every instance,
     * with the pair as stored ({@link StoredPair#NONE} when none is) and a writer whose pair commits with the lock.
     */
    public <T> Uni<T> withPairLocked(BiFunction<StoredPair, PairWriter, Uni<T>> work) {
        return pool.withTransaction(conn -> conn.preparedQuery(LOCK_PAIR).execute(Tuple.of(LOCK))
                .flatMap(locked -> conn.query(PAIR).execute())
                .flatMap(rows -> {
                    StoredPair pair = rows.size() == 0 ? StoredPair.NONE
                            : new StoredPair(rows.iterator().next().getString(0), rows.iterator().next().getString(1));
                    return work.apply(pair, (access, refresh, expiresInSeconds) -> {
                        cached = null;
                        return conn.preparedQuery(UPSERT_EXPIRING_IN)
                                .execute(Tuple.of(access, refresh, expiresInSeconds)).replaceWithVoid();
                    });
                }));
    }

    /** The stored access token and whether it expires within {@code margin}; null when no pair is stored. */
    public Uni<Expiry> expiry(java.time.Duration margin) {
        return pool.preparedQuery(EXPIRING).execute(Tuple.of((double) margin.toSeconds()))
                .map(rows -> rows.size() == 0 ? null
                        : new Expiry(rows.iterator().next().getString(0), rows.iterator().next().getBoolean(1)));
    }

    public record StoredPair(String accessToken, String refreshToken) {
        static final StoredPair NONE = new StoredPair(null, null);
    }

    /** Stores a new pair inside the locked transaction. */
    @FunctionalInterface
    public interface PairWriter {
        Uni<Void> store(String accessToken, String refreshToken, double expiresInSeconds);
    }

    public record Expiry(String accessToken, boolean soon) {
    }

    public record TokenStatus(OffsetDateTime updatedAt, OffsetDateTime accessExpiresAt) {
    }
}
