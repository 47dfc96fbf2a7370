package vn.motcua.zalo.outbound;

import io.quarkus.arc.Unremovable;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The app-wide Zalo call budget of this instance's gates, kept in PostgreSQL and shared with every instance. */
@ApplicationScoped
@Unremovable // looked up by CallBudget.forRate, never injected
public class SharedCallBudgets {
    private final Pool pool;
    private final Map<Integer, SharedCallBudget> budgets = new ConcurrentHashMap<>();

    public SharedCallBudgets(Pool pool) {
        this.pool = pool;
    }

    CallBudget forRate(int perMinute) {
        return budgets.computeIfAbsent(perMinute, rate -> new SharedCallBudget(pool, rate));
    }
}
