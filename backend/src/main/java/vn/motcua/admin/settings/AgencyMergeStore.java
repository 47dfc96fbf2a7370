package vn.motcua.admin.settings;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;
import vn.motcua.admin.AuditTrailStore;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.problem.ProblemException;

import java.util.HashMap;
import java.util.Map;

/**
 * Marks an agency as merged into another (the 2025 reorganisation): {@code replaced_by_id} is set and the
 * agency stops being active. Its dossiers stay where they are: the successor's officers see them (the admin's
 * scope follows {@code replaced_by_id}) and codes issued under the old agency code keep resolving (lookup tries
 * each successor). Both agencies must be in the administrator's subtree; an agency cannot be merged into
 * itself or into anything below it, which would make a cycle.
 */
@ApplicationScoped
public class AgencyMergeStore {
    private static final String BOTH_IN_SCOPE = AgencyScope.SCOPE + """
             select a.id, a.code, a.name, a.replaced_by_id from agency a
              where a.id in ($2, $3) and a.id in (select id from scope)
              order by a.id
                for update of a""";
    /** Whether $2 is $1 or lies below it, through parents or earlier mergers. */
    private static final String BELOW = """
            with recursive below(id) as (
                select $1::bigint
                union
                select a.id from agency a join below b on a.parent_id = b.id or a.replaced_by_id = b.id
            )
            select 1 from below where id = $2""";

    private final Pool pool;

    public AgencyMergeStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> merge(SecurityIdentity admin, long id, long intoId) {
        if (id == intoId) {
            throw ProblemException.badRequest("Không thể sáp nhập một đơn vị vào chính nó.");
        }
        return pool.withTransaction(c -> c.preparedQuery(BOTH_IN_SCOPE)
                .execute(Tuple.of(OfficerIdentities.agencyId(admin), id, intoId)).flatMap(rows -> {
                    Map<Long, Row> found = new HashMap<>();
                    rows.forEach(r -> found.put(r.getLong(0), r));
                    Row merged = found.get(id);
                    Row successor = found.get(intoId);
                    if (merged == null || successor == null) {
                        throw ProblemException.notFound("Không tìm thấy đơn vị", "Đơn vị này không thuộc phạm vi quản lý của bạn.");
                    }
                    if (merged.getLong(3) != null) {
                        throw conflict(merged.getString(2) + " đã được sáp nhập vào đơn vị khác.");
                    }
                    if (successor.getLong(3) != null) {
                        throw conflict(successor.getString(2) + " đã được sáp nhập vào đơn vị khác: hãy chọn đơn vị kế thừa.");
                    }
                    return refuseBelow(c, merged, intoId).flatMap(x -> c.preparedQuery(
                                    "update agency set replaced_by_id = $2, active = false where id = $1")
                            .execute(Tuple.of(id, intoId)))
                            .flatMap(x -> AuditTrailStore.record(c, admin, "agency-merge", "agency:" + merged.getString(1),
                                    "active", "replacedBy=" + successor.getString(1) + " (" + successor.getString(2) + ")"));
                }));
    }

    private static Uni<Void> refuseBelow(SqlClient c, Row merged, long intoId) {
        return c.preparedQuery(BELOW).execute(Tuple.of(merged.getLong(0), intoId)).map(rows -> {
            if (rows.size() > 0) {
                throw ProblemException.badRequest("Không thể sáp nhập " + merged.getString(2)
                        + " vào một đơn vị cấp dưới của chính nó.");
            }
            return null;
        });
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(409, "agency-merged", "Đơn vị đã được sáp nhập", detail);
    }
}
