package vn.motcua.zalo.outbound;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The app-wide Zalo call budget of this instance's gates, kept in PostgreSQL and shared with every instance. */
@ApplicationScoped
@Unremovable // looked up by CallBudget.forRate, never injected
public class SharedCallBudgets {
    private final CallBudgetStore store;
    private final Map<Integer, SharedCallBudget> budgets = new ConcurrentHashMap<>();

    public SharedCallBudgets(CallBudgetStore store) {
        this.store = store;
    }

    CallBudget forRate(int perMinute) {
        return budgets.computeIfAbsent(perMinute, rate -> new SharedCallBudget(store, rate));
    }
}
