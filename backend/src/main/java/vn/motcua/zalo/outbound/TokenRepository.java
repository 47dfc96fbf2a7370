package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/** The OA access token as stored in zalo_token (one row: the newest pair is the only valid one). */
@ApplicationScoped
public class TokenRepository implements AccessTokenSource {
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

    public record TokenStatus(OffsetDateTime updatedAt, OffsetDateTime accessExpiresAt) {
    }
}
