package vn.motcua.lookup;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;

/**
 * Budgets of access proofs, in the database so that every instance shares them. A proof is <em>reserved</em>
 * before it is evaluated: one statement checks and counts it (row locks of INSERT .. ON CONFLICT make the check
 * and the count one step, so 40 parallel proofs cannot all pass a limit of 5). A reserved proof counts as a
 * failure; a correct one gives its reservation back ({@link #release}).
 *
 * <p>Two budgets, the client's first:
 * <ul>
 * <li>per client (address, or /64 for IPv6): {@code max-failures-per-client} failed proofs per window, whatever
 * the dossier, so one client cannot guess its way through many dossiers;</li>
 * <li>per dossier: {@code max-failures-per-dossier} failed proofs per window from everyone together, so many
 * clients together cannot guess one dossier's phone or id number.</li>
 * </ul>
 *
 * <p>Why a spent dossier is not simply locked: then any stranger who knows a code (it is printed on the receipt)
 * could lock the applicant out with five wrong guesses, again every window. So a spent dossier goes into a
 * <em>slow lane</em> instead: one proof per {@code slow-lane-every}, and only from a client with fewer than
 * {@link #SLOW_LANE_OWN_FAILURES} proofs of its own on this dossier in the window. The stranger who spent the budget
 * is blocked by their own failures; the applicant, who has none, is evaluated (at worst after waiting for the slow
 * lane's next turn). Guessing stays hopeless: spread over many addresses, an attacker gains one guess per interval
 * (six an hour by default) against a space of about 10^9 phone numbers or 10^12 id numbers.
 */
@ApplicationScoped
public class AccessThrottleStore {
    /** A client keeps the slow lane of a spent dossier while it has fewer proofs of its own there (typos happen). */
    static final int SLOW_LANE_OWN_FAILURES = 3;

    private static final String EXPIRED = "t.window_start < now() - make_interval(secs => $4)";
    /**
     * $1 client key, $2 dossier key, $3 client tag, $4 window (s), $5 client budget, $6 dossier budget,
     * $7 slow-lane own failures, $8 slow-lane interval (s). The dossier is reserved only if the client was; the
     * main query reads the rows as they were before this statement, for the Retry-After hint of a refusal.
     */
    private static final String RESERVE = """
            with client as (
                insert into access_throttle as t (throttle_key, window_start, failures) values ($1, now(), 1)
                on conflict (throttle_key) do update set
                    failures = case when EXPIRED then 1 else t.failures + 1 end,
                    window_start = case when EXPIRED then now() else t.window_start end
                where EXPIRED or t.failures < $5
                returning 1
            ), dossier as (
                insert into access_throttle as t (throttle_key, window_start, failures, clients)
                select $2, now(), 1, array[$3::text] from client
                on conflict (throttle_key) do update set
                    failures = case when EXPIRED then 1 else t.failures + 1 end,
                    clients = case when EXPIRED then array[$3::text]
                                   else (coalesce(t.clients, '{}') || $3::text)[greatest(1, coalesce(cardinality(t.clients), 0) - 98):] end,
                    slow_at = case when not (EXPIRED) and t.failures >= $6 then now() else t.slow_at end,
                    window_start = case when EXPIRED then now() else t.window_start end
                where EXPIRED or t.failures < $6
                   or (coalesce(cardinality(array_positions(t.clients, $3::text)), 0) < $7
                       and (t.slow_at is null or t.slow_at <= now() - make_interval(secs => $8)))
                returning t.failures > $6 as slow
            )
            select (select count(*) from client) > 0, (select slow from dossier),
                   (select extract(epoch from t.window_start + make_interval(secs => $4) - now())
                      from access_throttle t where t.throttle_key = $1),
                   (select extract(epoch from case
                               when t.slow_at is null or coalesce(cardinality(array_positions(t.clients, $3::text)), 0) >= $7
                               then t.window_start + make_interval(secs => $4)
                               else t.slow_at + make_interval(secs => $8) end - now())
                      from access_throttle t where t.throttle_key = $2)""".replace("EXPIRED", EXPIRED);
    private static final String REFUND_CLIENT = """
            update access_throttle set failures = greatest(failures - 1, 0) where throttle_key = $1""";
    private static final String RELEASE_DOSSIER = """
            update access_throttle set failures = greatest(failures - 1, 0), clients = array_remove(clients, $2::text)
             where throttle_key = $1""";
    private static final String PURGE = """
            delete from access_throttle where window_start < now() - make_interval(secs => $1)
               and (slow_at is null or slow_at < now() - make_interval(secs => $2))""";

    private final Pool pool;
    private final int maxFailuresPerClient;
    private final int maxFailuresPerDossier;
    private final double windowSeconds;
    private final double slowLaneSeconds;

    public AccessThrottleStore(Pool pool, LookupSettings lookup) {
        this.pool = pool;
        this.maxFailuresPerClient = lookup.accessMaxFailuresPerClient();
        this.maxFailuresPerDossier = lookup.accessMaxFailuresPerDossier();
        this.windowSeconds = lookup.accessWindow().toSeconds();
        this.slowLaneSeconds = lookup.accessSlowLaneEvery().toSeconds();
    }

    /** Reserves one proof of {@code client} on the dossier with this lookup key, or says how long to wait. */
    public Uni<Reservation> reserve(String dossierLookupKey, String client) {
        String tag = tag(client);
        String clientKey = "client:" + tag;
        String dossierKey = "access:" + dossierLookupKey;
        Tuple args = Tuple.tuple().addString(clientKey).addString(dossierKey).addString(tag).addDouble(windowSeconds)
                .addInteger(maxFailuresPerClient).addInteger(maxFailuresPerDossier).addInteger(SLOW_LANE_OWN_FAILURES)
                .addDouble(slowLaneSeconds);
        return pool.preparedQuery(RESERVE).execute(args).flatMap(rows -> {
            Row row = rows.iterator().next();
            boolean clientReserved = row.getBoolean(0);
            Boolean slow = row.getBoolean(1);
            if (slow != null) {
                return Uni.createFrom().item(new Reservation(clientKey, dossierKey, tag, true, slow, 0));
            }
            long wait = seconds(clientReserved ? row.getValue(3) : row.getValue(2));
            Reservation refused = new Reservation(clientKey, dossierKey, tag, false, false, wait);
            // the dossier refused a proof the client's budget had counted: give the client its count back
            return clientReserved ? pool.preparedQuery(REFUND_CLIENT).execute(Tuple.of(clientKey)).replaceWith(refused)
                    : Uni.createFrom().item(refused);
        });
    }

    /**
     * A correct proof is not a failure: its reservation goes back to both budgets. Two statements, client row first
     * like {@link #reserve}, so that the two never wait for each other's locks in opposite order.
     */
    public Uni<Void> release(Reservation reservation) {
        return pool.preparedQuery(REFUND_CLIENT).execute(Tuple.of(reservation.clientKey()))
                .flatMap(x -> pool.preparedQuery(RELEASE_DOSSIER)
                        .execute(Tuple.of(reservation.dossierKey(), reservation.clientTag())))
                .replaceWithVoid();
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return pool.preparedQuery(PURGE).execute(Tuple.of(windowSeconds, slowLaneSeconds)).replaceWithVoid();
    }

    /** Client addresses are kept only as a hash. */
    private static String tag(String client) {
        return Hashing.sha256Hex("access-client:" + client).substring(0, 32);
    }

    private long seconds(Object epochSeconds) {
        double value = epochSeconds instanceof Number n ? n.doubleValue() : windowSeconds;
        return Math.max(1, (long) Math.ceil(value));
    }

    /** The outcome of {@link #reserve}: granted (in the slow lane or not), or refused with a wait in seconds. */
    public record Reservation(String clientKey, String dossierKey, String clientTag, boolean granted, boolean slowLane,
                              long retryAfterSeconds) {
    }
}
