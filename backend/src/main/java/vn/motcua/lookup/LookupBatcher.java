package vn.motcua.lookup;

import io.micrometer.core.instrument.DistributionSummary;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Lookups that reach one event loop in the same turn share one query ({@code lookup_key = any($1)}). Under load an
 * event loop reads many requests in one turn, and every round trip to PostgreSQL costs the app two system calls
 * and the database a statement's fixed cost: sharing one cut PostgreSQL's CPU per lookup by about three quarters
 * (docs/performance.md). Nothing waits for company: the query goes at the end of the turn that read the first
 * request, so a lone lookup is sent as soon as it was before, by the single-key query. Each caller gets its answer
 * on its own context, as if it had sent its own query. Off an event loop (a worker thread) a lookup queries alone.
 * The queries themselves are {@link LookupRepository}'s.
 */
final class LookupBatcher {
    /** A burst larger than this is sent as several queries, so that one parameter array stays small. */
    static final int MAX_KEYS_PER_QUERY = 100;

    private final BiFunction<String, String, Uni<DossierRow>> byKey;
    private final Function<String[], Uni<Map<String, List<DossierRow>>>> byKeys;
    private final DistributionSummary lookupsPerQuery;
    private final ThreadLocal<List<Waiter>> pending = new ThreadLocal<>();

    /**
     * @param byKey  the single lookup (lookup key, code): the dossier with that key, the exact code first; null if none
     * @param byKeys every dossier whose lookup key is one of these, by lookup key
     */
    LookupBatcher(BiFunction<String, String, Uni<DossierRow>> byKey,
                  Function<String[], Uni<Map<String, List<DossierRow>>>> byKeys, DistributionSummary lookupsPerQuery) {
        this.byKey = byKey;
        this.byKeys = byKeys;
        this.lookupsPerQuery = lookupsPerQuery;
    }

    /** The dossier under this lookup key, the one whose code is exactly {@code code} first; null if none. */
    Uni<DossierRow> find(String key, String code) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            if (context == null || !Context.isOnEventLoopThread()) {
                lookupsPerQuery.record(1);
                return byKey.apply(key, code);
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
        pending.remove(); // the turn's list is this method's alone from here: its parts can be views of it
        for (int from = 0; from < turn.size(); from += MAX_KEYS_PER_QUERY) {
            List<Waiter> part = turn.subList(from, Math.min(turn.size(), from + MAX_KEYS_PER_QUERY));
            lookupsPerQuery.record(part.size());
            if (part.size() == 1) {
                Waiter w = part.get(0);
                byKey.apply(w.key, w.code).subscribe().with(w::complete, w::fail);
            } else {
                together(part);
            }
        }
    }

    private void together(List<Waiter> waiters) {
        String[] keys = waiters.stream().map(Waiter::key).distinct().toArray(String[]::new);
        byKeys.apply(keys).subscribe().with(found -> {
            for (Waiter w : waiters) {
                List<DossierRow> candidates = found.get(w.key);
                w.complete(candidates == null ? null : exactFirst(candidates, w.code));
            }
        }, failure -> waiters.forEach(w -> w.fail(failure)));
    }

    /** As the single query's {@code order by (code = $2) desc limit 1}: the exact code, else any row of the key. */
    private static DossierRow exactFirst(List<DossierRow> candidates, String code) {
        for (DossierRow row : candidates) {
            if (code.equals(row.code())) {
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
