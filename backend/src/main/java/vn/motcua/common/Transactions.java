package vn.motcua.common;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * Opens database transactions for services (issue 18). A service decides where a transaction begins and ends, so
 * that a change and its audit line commit together; only repositories and stores write SQL, and they alone hold the
 * pool. With this bean a service needs no {@code Pool} of its own, and {@code DataAccessTest} can refuse one.
 */
@ApplicationScoped
public class Transactions {
    private final Pool pool;

    public Transactions(Pool pool) {
        this.pool = pool;
    }

    /** Runs {@code work} on one connection in one transaction: committed when its Uni succeeds, else rolled back. */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }
}
