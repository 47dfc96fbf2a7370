package vn.motcua.admin;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import vn.motcua.admin.auth.OfficerIdentities;

/** Every change made in the admin leaves a line in audit_log: who, what, on what, before and after. */
public final class AuditTrailStore {
    private AuditTrailStore() {
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
