package vn.motcua.admin;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.auth.OfficerIdentities;

/** Every change made in the admin leaves a line in audit_log: who, what, on what, before and after. */
@ApplicationScoped
public class AuditTrailStore {
    private final Pool pool;

    public AuditTrailStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Writes the line on a connection of its own, for a change that has no transaction to share it with (it went
     * through another path, such as the intake's apply path or a message to Zalo, and is done already).
     */
    public Uni<Void> recordAlone(SecurityIdentity officer, String action, String target, String before, String after) {
        return record(pool, officer, action, target, before, after);
    }

    /** Writes the line with {@code client}: pass the transaction's connection so the change and its trace commit together. */
    public static Uni<Void> record(SqlClient client, SecurityIdentity officer, String action, String target,
                                   String before, String after) {
        return client.preparedQuery("insert into audit_log (officer_id, username, action, target, before_state, after_state) "
                        + "values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(OfficerIdentities.officerId(officer), officer.getPrincipal().getName(), action, target,
                        before, after))
                .replaceWithVoid();
    }
}
