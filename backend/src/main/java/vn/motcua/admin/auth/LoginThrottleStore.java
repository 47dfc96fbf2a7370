package vn.motcua.admin.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Login throttles, each counted in one atomic statement BEFORE the password is checked, so that parallel
 * attempts cannot all slip under a limit (40 parallel tries against a limit of 5 evaluate at most 5).
 *
 * <p>Three counters: per client address (any account), per account for unknown browsers, and per known
 * browser. While locked, tries are neither checked nor counted (so the counters say how many passwords were
 * really checked). A lock never extends while it runs, so nobody keeps an account locked by trying once in a while,
 * and a known browser ignores the account's lock (it has its own), so a stranger cannot lock the officer out.
 */
@ApplicationScoped
public class LoginThrottleStore {
    private static final String RESERVE_ACCOUNT = reserveLockingCounter("officer", "id", "failed_logins", "id = $1", 2);
    private static final String RESERVE_DEVICE = reserveLockingCounter("officer_device", "token_hash", "failures",
            "token_hash = $1 and officer_id = $2", 3);
    private final Pool pool;

    public LoginThrottleStore(Pool pool) {
        this.pool = pool;
    }

    /** Counts an attempt from a client address; answers the attempts in the current window, this one included. */
    public Uni<Integer> reserveClient(String client, Duration window) {
        return pool.preparedQuery("""
                        insert into login_client_throttle as t (client, attempts, window_start) values ($1, 1, now())
                        on conflict (client) do update set
                          attempts = case when t.window_start <= now() - make_interval(secs => $2) then 1 else t.attempts + 1 end,
                          window_start = case when t.window_start <= now() - make_interval(secs => $2) then now()
                                              else t.window_start end
                        returning attempts""")
                .execute(Tuple.of(client, (double) window.toSeconds()))
                .map(rows -> rows.iterator().next().getInteger(0));
    }

    /** A successful login gives its attempt back (colleagues behind one address are not punished for it). */
    public Uni<Void> releaseClient(String client) {
        return pool.preparedQuery("update login_client_throttle set attempts = greatest(attempts - 1, 0) where client = $1")
                .execute(Tuple.of(client)).replaceWithVoid();
    }

    /**
     * Counts a try on the account from an unknown browser, locking it at {@code maxFailures}; true when the
     * account was already locked (the password is then not even checked).
     */
    public Uni<Boolean> reserveAccount(long officerId, int maxFailures, Duration lockout) {
        return pool.preparedQuery(RESERVE_ACCOUNT)
                .execute(Tuple.of(officerId, maxFailures, (double) lockout.toSeconds()))
                .map(rows -> rows.size() > 0 && rows.iterator().next().getBoolean(0));
    }

    public Uni<Void> clearAccount(long officerId) {
        return pool.preparedQuery("update officer set failed_logins = 0, locked_until = null, last_login_at = now() where id = $1")
                .execute(Tuple.of(officerId)).replaceWithVoid();
    }

    /**
     * Counts a try from a known browser of this account; null when the browser is not known to the account,
     * else whether it was already locked.
     */
    public Uni<Boolean> reserveDevice(long officerId, String deviceToken, int maxFailures, Duration lockout) {
        return pool.preparedQuery(RESERVE_DEVICE)
                .execute(Tuple.of(SessionTokens.hash(deviceToken), officerId, maxFailures, (double) lockout.toSeconds()))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getBoolean(0));
    }

    /** Records (or refreshes) a known browser after a successful login; answers its cookie's token. */
    public Uni<String> rememberDevice(long officerId, String existingToken) {
        String token = existingToken != null ? existingToken : SessionTokens.random();
        return pool.preparedQuery("""
                        insert into officer_device (token_hash, officer_id) values ($1, $2)
                        on conflict (token_hash) do update set failures = 0, locked_until = null, last_used_at = now()
                         where officer_device.officer_id = $2""")
                .execute(Tuple.of(SessionTokens.hash(token), officerId)).replaceWith(token);
    }

    /**
     * One statement that counts a try on a row with a failure counter and a lock, answering whether the row was
     * already locked: while locked nothing changes (the lock never extends), a lock that is over starts the count
     * afresh, and reaching the limit (parameter {@code $limit}, the lock's seconds in the next one) locks.
     */
    private static String reserveLockingCounter(String table, String key, String counter, String where, int limit) {
        return """
                with old as (select %2$s, %3$s,
                                    locked_until is not null and locked_until <= now() as lock_over,
                                    coalesce(locked_until > now(), false) as locked
                               from %1$s where %4$s for update)
                update %1$s t set
                  %3$s = case when old.locked then old.%3$s when old.lock_over then 1 else old.%3$s + 1 end,
                  locked_until = case
                     when old.locked then t.locked_until
                     when (case when old.lock_over then 1 else old.%3$s + 1 end) >= $%5$d
                          then now() + make_interval(secs => $%6$d)
                     else null end
                  from old where t.%2$s = old.%2$s
                returning old.locked""".formatted(table, key, counter, where, limit, limit + 1);
    }
}
