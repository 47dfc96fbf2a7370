package vn.motcua.admin.settings;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;
import vn.motcua.admin.AuditTrailStore;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.problem.ProblemException;

/** Administrators rename agencies of their subtree and add new ones under it (the tree is data, not code). */
@ApplicationScoped
public class AgencyTreeStore {
    private static final String NAME_IN_SCOPE = AgencyScope.SCOPE
            + " select a.name from agency a where a.id = $2 and a.id in (select id from scope) for update of a";

    private final Pool pool;

    public AgencyTreeStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> rename(SecurityIdentity admin, long id, String name) {
        return pool.withTransaction(c -> nameInScope(c, admin, id).flatMap(before -> c.preparedQuery(
                        "update agency set name = $2 where id = $1").execute(Tuple.of(id, name))
                .flatMap(x -> AuditTrailStore.record(c, admin, "agency-rename", "agency:" + id, before, name))));
    }

    public Uni<Void> add(SecurityIdentity admin, long parentId, String code, String name) {
        return pool.withTransaction(c -> nameInScope(c, admin, parentId).flatMap(parent -> c.preparedQuery(
                        "insert into agency (code, name, parent_id) values ($1, $2, $3)").execute(Tuple.of(code, name, parentId))
                .flatMap(x -> AuditTrailStore.record(c, admin, "agency-add", "agency:" + code, null,
                        "name=" + name + ", parent=" + parent))))
                .onFailure(PgException.class).transform(e -> "23505".equals(((PgException) e).getSqlState())
                        ? new ProblemException(409, "agency-exists", "Mã đơn vị đã tồn tại", "Đã có đơn vị mang mã " + code + ".")
                        : e);
    }

    private static Uni<String> nameInScope(SqlClient c, SecurityIdentity admin, long id) {
        return c.preparedQuery(NAME_IN_SCOPE).execute(Tuple.of(OfficerIdentities.agencyId(admin), id)).map(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("Không tìm thấy đơn vị", "Đơn vị này không thuộc phạm vi quản lý của bạn.");
            }
            return rows.iterator().next().getString(0);
        });
    }
}
