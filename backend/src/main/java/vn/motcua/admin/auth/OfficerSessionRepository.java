package vn.motcua.admin.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** Server-side officer sessions (table officer_session). */
@ApplicationScoped
public class OfficerSessionRepository {
    private final Pool pool;

    public OfficerSessionRepository(Pool pool) {
        this.pool = pool;
    }

    /** A new session for the officer; answers the cookie's token (only its hash is stored). */
    public Uni<String> create(long officerId, String client, Duration maxAge) {
        String token = SessionTokens.random();
        return pool.preparedQuery("""
                        insert into officer_session (token_hash, officer_id, csrf_token, expires_at, client)
                        values ($1, $2, $3, now() + make_interval(secs => $4), $5)""")
                .execute(Tuple.of(SessionTokens.hash(token), officerId, SessionTokens.random(),
                        (double) maxAge.toSeconds(), client))
                .replaceWith(token);
    }

    /**
     * The officer behind a live session, marking it seen (the idle timeout counts from the last request);
     * null for an unknown, idle, expired session or an officer no longer active.
     */
    public Uni<SessionOfficer> use(String token, Duration idleTimeout) {
        return pool.preparedQuery("""
                        with s as (
                            update officer_session set last_seen_at = now()
                             where token_hash = $1 and expires_at > now()
                               and last_seen_at > now() - make_interval(secs => $2)
                         returning id, officer_id, csrf_token)
                        select s.id, s.csrf_token, o.id, o.username, o.password_hash, o.full_name, o.role, o.agency_id,
                               o.active, o.failed_logins, o.locked_until,
                               (select a.parent_id is null from agency a where a.id = o.agency_id)
                          from s join officer o on o.id = s.officer_id where o.active""")
                .execute(Tuple.of(SessionTokens.hash(token), (double) idleTimeout.toSeconds()))
                .map(rows -> rows.size() == 0 ? null : toSessionOfficer(rows.iterator().next()));
    }

    public Uni<Void> end(long sessionId) {
        return pool.preparedQuery("delete from officer_session where id = $1").execute(Tuple.of(sessionId)).replaceWithVoid();
    }

    /** Ends every session of an officer (password reset, deactivation, role change). */
    public Uni<Void> endAll(long officerId) {
        return pool.preparedQuery("delete from officer_session where officer_id = $1").execute(Tuple.of(officerId))
                .replaceWithVoid();
    }

    /** Forgets sessions that can no longer be used. */
    public Uni<Void> purge(Duration idleTimeout) {
        return pool.preparedQuery("delete from officer_session where expires_at <= now() "
                + "or last_seen_at <= now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) idleTimeout.toSeconds())).replaceWithVoid();
    }

    private static SessionOfficer toSessionOfficer(Row r) {
        Officer officer = new Officer(r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getLong(7), r.getBoolean(8), r.getInteger(9), r.getOffsetDateTime(10), Boolean.TRUE.equals(r.getBoolean(11)));
        return new SessionOfficer(r.getLong(0), r.getString(1), officer);
    }

    /** A live session: its id, its CSRF token and its officer. */
    public record SessionOfficer(long sessionId, String csrfToken, Officer officer) {
    }
}
