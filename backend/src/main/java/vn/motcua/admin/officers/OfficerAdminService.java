package vn.motcua.admin.officers;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AdminAudit;
import vn.motcua.admin.AgencyScope;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Administrators manage the officers of their agency subtree: create, change role or agency (within the
 * subtree), deactivate, unlock, reset the password. Each change and its audit line commit together.
 */
@ApplicationScoped
public class OfficerAdminService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final String LIST = AgencyScope.SCOPE + """
            select o.id, o.username, o.full_name, o.role, o.agency_id, a.name, o.active,
                   coalesce(o.locked_until > now(), false), o.last_login_at
              from officer o join agency a on a.id = o.agency_id
             where o.agency_id in (select id from scope) and ($2::bigint is null or o.id = $2)
             order by a.name, o.username""";
    private static final String AGENCY_IN_SCOPE = AgencyScope.SCOPE + "select count(*) from scope where id = $2";

    private final Pool pool;

    /** A change of role, agency, activity or password ends the officer's sessions: they sign in again. */
    private static final String END_SESSIONS = "with ended as (delete from officer_session where officer_id = $1) ";
    private static final String END_SESSIONS_AND_DEVICES = "with ended as (delete from officer_session where officer_id = $1), "
            + "forgotten as (delete from officer_device where officer_id = $1) ";

    public OfficerAdminService(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<OfficerRow>> list(long adminAgencyId) {
        return pool.preparedQuery(LIST).execute(Tuple.of(adminAgencyId, null)).map(OfficerAdminService::rows);
    }

    /** Creates the officer; the answer is the initial password, to show once. */
    public Uni<String> create(SecurityIdentity admin, NewOfficer form) {
        String username = form.username().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw ProblemException.badRequest("Tên đăng nhập gồm 3–100 chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.");
        }
        String password = Passwords.chooseOrGenerate(form.password(), username);
        return Passwords.hash(password).flatMap(hash -> pool.withTransaction(c -> agencyInScope(c, admin, form.agencyId())
                .flatMap(x -> c.preparedQuery("insert into officer (username, password_hash, full_name, role, agency_id) "
                                + "values ($1, $2, $3, $4, $5) returning id")
                        .execute(Tuple.of(username, hash, form.fullName(), form.role(), form.agencyId())))
                .flatMap(rows -> AdminAudit.record(c, admin, "officer-create", "officer:" + username, null,
                        "fullName=" + form.fullName() + ", role=" + form.role() + ", agencyId=" + form.agencyId()))))
                .onFailure(PgException.class).transform(OfficerAdminService::duplicate)
                .replaceWith(password);
    }

    public Uni<Void> changeRole(SecurityIdentity admin, long id, String role, long agencyId) {
        notSelf(admin, id, "Không thể tự thay đổi vai trò hoặc đơn vị của chính mình.");
        return pool.withTransaction(c -> find(c, admin, id).flatMap(o -> agencyInScope(c, admin, agencyId)
                .flatMap(x -> c.preparedQuery(END_SESSIONS + "update officer set role = $2, agency_id = $3 where id = $1")
                        .execute(Tuple.of(id, role, agencyId)))
                .flatMap(x -> AdminAudit.record(c, admin, "officer-change-role", "officer:" + o.username(),
                        "role=" + o.role() + ", agencyId=" + o.agencyId(), "role=" + role + ", agencyId=" + agencyId))));
    }

    public Uni<Void> setActive(SecurityIdentity admin, long id, boolean active) {
        notSelf(admin, id, "Không thể tự khóa tài khoản của chính mình.");
        return simpleChange(admin, id, END_SESSIONS + "update officer set active = $2 where id = $1", Tuple.of(id, active),
                active ? "officer-activate" : "officer-deactivate", o -> "active=" + o.active(), "active=" + active);
    }

    public Uni<Void> unlock(SecurityIdentity admin, long id) {
        return simpleChange(admin, id, "update officer set failed_logins = 0, locked_until = null where id = $1",
                Tuple.of(id), "officer-unlock", o -> "locked=" + o.locked(), "locked=false");
    }

    /** Sets a new password (given or generated); the answer is the password, to show once. Never audited in clear. */
    public Uni<String> resetPassword(SecurityIdentity admin, long id, String given) {
        String password = Passwords.chooseOrGenerate(given, null);
        return Passwords.hash(password).flatMap(hash -> simpleChange(admin, id,
                END_SESSIONS_AND_DEVICES + "update officer set password_hash = $2, failed_logins = 0, locked_until = null "
                        + "where id = $1",
                Tuple.of(id, hash), "officer-reset-password", o -> null, "password changed")).replaceWith(password);
    }

    public Uni<OfficerRow> find(long adminAgencyId, long id) {
        return pool.preparedQuery(LIST).execute(Tuple.of(adminAgencyId, id)).map(rows -> {
            List<OfficerRow> found = rows(rows);
            if (found.isEmpty()) {
                throw notFound();
            }
            return found.get(0);
        });
    }

    private Uni<Void> simpleChange(SecurityIdentity admin, long id, String sql, Tuple args, String action,
                                   java.util.function.Function<OfficerRow, String> before, String after) {
        return pool.withTransaction(c -> find(c, admin, id).flatMap(o -> c.preparedQuery(sql).execute(args)
                .flatMap(x -> AdminAudit.record(c, admin, action, "officer:" + o.username(), before.apply(o), after))));
    }

    private static Uni<OfficerRow> find(SqlClient c, SecurityIdentity admin, long id) {
        return c.preparedQuery(LIST + " for update of o").execute(Tuple.of(OfficerIdentities.agencyId(admin), id)).map(rows -> {
            List<OfficerRow> found = rows(rows);
            if (found.isEmpty()) {
                throw notFound();
            }
            return found.get(0);
        });
    }

    private static Uni<Void> agencyInScope(SqlClient c, SecurityIdentity admin, long agencyId) {
        return c.preparedQuery(AGENCY_IN_SCOPE).execute(Tuple.of(OfficerIdentities.agencyId(admin), agencyId)).map(rows -> {
            if (rows.iterator().next().getLong(0) == 0) {
                throw ProblemException.notFound("Không tìm thấy đơn vị", "Đơn vị này không thuộc phạm vi quản lý của bạn.");
            }
            return null;
        });
    }

    private static void notSelf(SecurityIdentity admin, long id, String detail) {
        if (OfficerIdentities.officerId(admin) == id) {
            throw new ProblemException(409, "own-account", "Không thực hiện được", detail);
        }
    }

    private static Throwable duplicate(Throwable e) {
        if ("23505".equals(((PgException) e).getSqlState())) {
            return new ProblemException(409, "username-taken", "Tên đăng nhập đã tồn tại",
                    "Đã có cán bộ dùng tên đăng nhập này. Vui lòng chọn tên khác.");
        }
        return e;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy cán bộ", "Không có cán bộ này trong phạm vi đơn vị của bạn.");
    }

    private static List<OfficerRow> rows(Iterable<Row> rows) {
        List<OfficerRow> list = new ArrayList<>();
        for (Row r : rows) {
            list.add(new OfficerRow(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                    r.getString(5), r.getBoolean(6), r.getBoolean(7), r.getOffsetDateTime(8)));
        }
        return list;
    }

    /** The create form, already checked for presence. */
    public record NewOfficer(String username, String fullName, String role, long agencyId, String password) {
    }
}
