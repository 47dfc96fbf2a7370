package vn.motcua.admin.officers;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AuditTrailStore;
import vn.motcua.admin.ScopedAgencyStore;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.Transactions;
import vn.motcua.common.problem.ProblemException;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Administrators manage the officers of their agency subtree: create, change role or agency (within the
 * subtree), deactivate, unlock, reset the password. Each change and its audit line commit together.
 */
@ApplicationScoped
public class OfficerAdminService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    private final Transactions transactions;
    private final OfficerAccountStore accounts;
    private final ScopedAgencyStore agencies;

    public OfficerAdminService(Transactions transactions, OfficerAccountStore accounts, ScopedAgencyStore agencies) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.agencies = agencies;
    }

    public Uni<List<OfficerRow>> list(long adminAgencyId) {
        return accounts.list(adminAgencyId);
    }

    /** Creates the officer; the answer is the initial password, to show once. */
    public Uni<String> create(SecurityIdentity admin, NewOfficer form) {
        String username = form.username().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw ProblemException.badRequest("Tên đăng nhập gồm 3–100 chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.");
        }
        String password = Passwords.chooseOrGenerate(form.password(), username);
        return agencyInScope(admin, form.agencyId()).flatMap(x -> Passwords.hash(password))
                .flatMap(hash -> transactions.inTransaction(c -> accounts
                        .insert(c, username, hash, form.fullName(), form.role(), form.agencyId())
                        .flatMap(x -> AuditTrailStore.record(c, admin, "officer-create", "officer:" + username, null,
                                "fullName=" + form.fullName() + ", role=" + form.role() + ", agencyId=" + form.agencyId()))))
                .onFailure(PgException.class).transform(OfficerAdminService::duplicate)
                .replaceWith(password);
    }

    public Uni<Void> changeRole(SecurityIdentity admin, long id, String role, long agencyId) {
        notSelf(admin, id, "Không thể tự thay đổi vai trò hoặc đơn vị của chính mình.");
        return agencyInScope(admin, agencyId).flatMap(x -> transactions.inTransaction(c -> find(c, admin, id)
                .flatMap(o -> accounts.changeRole(c, id, role, agencyId)
                        .flatMap(y -> AuditTrailStore.record(c, admin, "officer-change-role", "officer:" + o.username(),
                                "role=" + o.role() + ", agencyId=" + o.agencyId(), "role=" + role + ", agencyId=" + agencyId)))));
    }

    public Uni<Void> setActive(SecurityIdentity admin, long id, boolean active) {
        notSelf(admin, id, "Không thể tự khóa tài khoản của chính mình.");
        return simpleChange(admin, id, (c, o) -> accounts.setActive(c, id, active),
                active ? "officer-activate" : "officer-deactivate", o -> "active=" + o.active(), "active=" + active);
    }

    public Uni<Void> unlock(SecurityIdentity admin, long id) {
        return simpleChange(admin, id, (c, o) -> accounts.unlock(c, id), "officer-unlock", o -> "locked=" + o.locked(),
                "locked=false");
    }

    /** Sets a new password (given or generated); the answer is the password, to show once. Never audited in clear. */
    public Uni<String> resetPassword(SecurityIdentity admin, long id, String given) {
        String password = Passwords.chooseOrGenerate(given, null);
        return Passwords.hash(password).flatMap(hash -> simpleChange(admin, id, (c, o) -> accounts.setPassword(c, id, hash),
                "officer-reset-password", o -> null, "password changed")).replaceWith(password);
    }

    public Uni<OfficerRow> find(long adminAgencyId, long id) {
        return accounts.find(adminAgencyId, id).map(OfficerAdminService::found);
    }

    private Uni<Void> simpleChange(SecurityIdentity admin, long id, BiFunction<SqlClient, OfficerRow, Uni<Void>> change,
                                   String action, Function<OfficerRow, String> before, String after) {
        return transactions.inTransaction(c -> find(c, admin, id).flatMap(o -> change.apply(c, o)
                .flatMap(x -> AuditTrailStore.record(c, admin, action, "officer:" + o.username(), before.apply(o), after))));
    }

    private Uni<OfficerRow> find(SqlClient c, SecurityIdentity admin, long id) {
        return accounts.lockInScope(c, OfficerIdentities.agencyId(admin), id).map(OfficerAdminService::found);
    }

    /** Checked before the change's transaction opens: the check reads with a connection of its own. */
    private Uni<Void> agencyInScope(SecurityIdentity admin, long agencyId) {
        return agencies.codeInScope(OfficerIdentities.agencyId(admin), agencyId).map(code -> {
            if (code == null) {
                throw ProblemException.notFound("Không tìm thấy đơn vị", "Đơn vị này không thuộc phạm vi quản lý của bạn.");
            }
            return null;
        });
    }

    private static OfficerRow found(OfficerRow officer) {
        if (officer == null) {
            throw ProblemException.notFound("Không tìm thấy cán bộ", "Không có cán bộ này trong phạm vi đơn vị của bạn.");
        }
        return officer;
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

    /** The create form, already checked for presence. */
    public record NewOfficer(String username, String fullName, String role, long agencyId, String password) {
    }
}
