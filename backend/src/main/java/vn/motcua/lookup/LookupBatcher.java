package vn.motcua.lookup;

import io.micrometer.core.instrument.DistributionSummary;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lookups that reach one event loop in the same turn share one query ({@code lookup_key = any($1)}). Under load an
 * event loop reads many requests in one turn, and every round trip to PostgreSQL costs the app two system calls
 * and the database a statement's fixed cost: sharing one cut PostgreSQL's CPU per lookup by about two thirds
 * (docs/performance.md). Nothing waits for company: the query goes at the end of the turn that read the first
 * request, so a lone lookup is sent as soon as it was before, by the single-key query. Each caller gets its answer
 * on its own context, as if it had sent its own query. Off an event loop (a worker thread) a lookup queries alone.
 */
final class LookupBatcher {
    /** A burst larger than this is sent as several queries, so that one parameter array stays small. */
    static final int MAX_KEYS_PER_QUERY = 100;

    private final Pool pool;
    private final String byKey;
    private final String byKeys;
    private final int keyColumn;
    private final Function<Row, DossierRow> mapper;
    private final DistributionSummary lookupsPerQuery;
    private final ThreadLocal<List<Waiter>> pending = new ThreadLocal<>();

    /**
     * @param byKey  the single lookup: {@code $1} the lookup key, {@code $2} the code, at most one row, the exact code first
     * @param byKeys every row whose lookup key is in {@code $1}, the key itself in column {@code keyColumn}
     */
    LookupBatcher(Pool pool, String byKey, String byKeys, int keyColumn, Function<Row, DossierRow> mapper,
                  DistributionSummary lookupsPerQuery) {
        this.pool = pool;
        this.byKey = byKey;
        this.byKeys = byKeys;
        this.keyColumn = keyColumn;
        this.mapper = mapper;
        this.lookupsPerQuery = lookupsPerQuery;
    }

    /** The dossier under this lookup key, the one whose code is exactly {@code code} first; null if none. */
    Uni<DossierRow> find(String key, String code) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            if (context == null || !Context.isOnEventLoopThread()) {
                lookupsPerQuery.record(1);
                return alone(key, code);
            }
            return Uni.createFrom().emitter(emitter -> join(new Waiter(key, code, context, emitter)));
        });
    }

    private void join(Waiter waiter) {
        List<Waiter> turn = pending.get();
        if (turn == null) {
            turn = new ArrayList<>();
            pending.set(turn);
            // a task runs after the I/O of the current turn: every request read in this turn joins first
            waiter.context.runOnContext(ignored -> send());
        }
        turn.add(waiter);
    }

    private void send() {
        List<Waiter> turn = pending.get();
        pending.remove();
        for (int from = 0; from < turn.size(); from += MAX_KEYS_PER_QUERY) {
            List<Waiter> part = turn.subList(from, Math.min(turn.size(), from + MAX_KEYS_PER_QUERY));
            lookupsPerQuery.record(part.size());
            if (part.size() == 1) {
                Waiter w = part.get(0);
                alone(w.key, w.code).subscribe().with(w::complete, w::fail);
            } else {
                together(List.copyOf(part));
            }
        }
    }

    private Uni<DossierRow> alone(String key, String code) {
        return pool.preparedQuery(byKey).execute(Tuple.of(key, code)).map(this::firstOrNull);
    }

    private void together(List<Waiter> waiters) {
        String[] keys = waiters.stream().map(Waiter::key).distinct().toArray(String[]::new);
        pool.preparedQuery(byKeys).execute(Tuple.of(keys)).subscribe().with(rows -> {
            Map<String, List<Row>> byKey = new HashMap<>();
            for (Row row : rows) {
                byKey.computeIfAbsent(row.getString(keyColumn), k -> new ArrayList<>(1)).add(row);
            }
            for (Waiter w : waiters) {
                try {
                    List<Row> candidates = byKey.get(w.key);
                    w.complete(candidates == null ? null : mapper.apply(exactFirst(candidates, w.code)));
                } catch (RuntimeException e) {
                    w.fail(e);
                }
            }
        }, failure -> waiters.forEach(w -> w.fail(failure)));
    }

    private DossierRow firstOrNull(RowSet<Row> rows) {
        return rows.size() == 0 ? null : mapper.apply(rows.iterator().next());
    }

    /** As the single query's {@code order by (code = $2) desc limit 1}: the exact code, else any row of the key. */
    private static Row exactFirst(List<Row> candidates, String code) {
        for (Row row : candidates) {
            if (code.equals(row.getString(1))) {
                return row;
            }
        }
        return candidates.get(0);
    }

    private record Waiter(String key, String code, Context context, UniEmitter<? super DossierRow> emitter) {
        void complete(DossierRow row) {
            context.runOnContext(ignored -> emitter.complete(row));
        }

        void fail(Throwable failure) {
            context.runOnContext(ignored -> emitter.fail(failure));
        }
    }
}
