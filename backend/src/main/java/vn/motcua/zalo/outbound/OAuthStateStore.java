package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/** The table zalo_oauth_state: authorisations started and not yet back from Zalo, with their PKCE verifier. */
@ApplicationScoped
public class OAuthStateStore {
    private static final String FORGET_EXPIRED = "delete from zalo_oauth_state where expires_at < now()";
    private static final String START = """
            insert into zalo_oauth_state (state, code_verifier, started_by, expires_at) values ($1, $2, $3, $4)""";
    private static final String TAKE = """
            delete from zalo_oauth_state where state = $1 and expires_at > now() returning code_verifier, started_by""";

    private final Pool pool;

    public OAuthStateStore(Pool pool) {
        this.pool = pool;
    }

    /** Keeps a new authorisation's state and verifier (and forgets the expired ones). */
    public Uni<Void> start(String state, String verifier, String startedBy, OffsetDateTime expiresAt) {
        return pool.query(FORGET_EXPIRED).execute()
                .flatMap(x -> pool.preparedQuery(START).execute(Tuple.of(state, verifier, startedBy, expiresAt)))
                .replaceWithVoid();
    }

    /** Uses up the state: its verifier and who started it, or null when it is unknown or expired. */
    public Uni<Started> take(String state) {
        return pool.preparedQuery(TAKE).execute(Tuple.of(state)).map(rows -> rows.size() == 0 ? null
                : new Started(rows.iterator().next().getString(0), rows.iterator().next().getString(1)));
    }

    public record Started(String codeVerifier, String startedBy) {
    }
}
