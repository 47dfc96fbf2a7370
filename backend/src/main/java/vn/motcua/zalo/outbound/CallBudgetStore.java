package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** The one row of zalo_call_budget: the next free call slot of the whole app, shared by every instance. */
@ApplicationScoped
public class CallBudgetStore {
    private static final String RESERVE = """
            with c as (select clock_timestamp() as now)
            update zalo_call_budget b
               set next_slot = greatest(b.next_slot, c.now) + make_interval(secs => ($1::int * $2::bigint / 1000000.0)::float8)
              from c
             where b.id = 1 and b.next_slot < c.now + make_interval(secs => ($3::bigint / 1000000.0)::float8)
            returning (extract(epoch from b.next_slot) * 1000000)::bigint, (extract(epoch from c.now) * 1000000)::bigint""";

    private final Pool pool;

    public CallBudgetStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Reserves {@code count} slots {@code intervalMicros} apart after the last one reserved; answers when the block
     * ends and when the database ran the statement (its clock, epoch microseconds), or null when the queue
     * already reaches {@code maxWaitMicros} ahead.
     */
    Uni<ReservedBlock> reserve(int count, long intervalMicros, long maxWaitMicros) {
        return pool.preparedQuery(RESERVE).execute(Tuple.of(count, intervalMicros, maxWaitMicros))
                .map(rows -> rows.size() == 0 ? null
                        : new ReservedBlock(rows.iterator().next().getLong(0), rows.iterator().next().getLong(1)));
    }

    /** A block of call slots, ending at {@code endMicros}, reserved at {@code databaseNowMicros} (database clock). */
    record ReservedBlock(long endMicros, long databaseNowMicros) {
    }
}
