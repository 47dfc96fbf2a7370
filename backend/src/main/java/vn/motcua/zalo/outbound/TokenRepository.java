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

    /** The current access token, or null when no pair has been stored yet. */
    @Override
    public Uni<String> accessToken() {
        return pool.query("select access_token from zalo_token where id = 1").execute()
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    public Uni<Void> store(String accessToken, String refreshToken, OffsetDateTime accessExpiresAt) {
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
