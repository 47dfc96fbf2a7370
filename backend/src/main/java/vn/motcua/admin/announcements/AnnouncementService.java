package vn.motcua.admin.announcements;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AuditTrailStore;
import vn.motcua.admin.ScopedAgencyStore;
import vn.motcua.admin.auth.Officer;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.announcement.AnnouncementPushStore;
import vn.motcua.common.Transactions;
import vn.motcua.common.problem.ProblemException;

import java.util.List;

/**
 * Supervisors write announcements for their agency subtree; province-wide ones (no agency) belong to the
 * province administrator (an administrator of the root agency) alone: a commune's administrator neither sees
 * nor writes them. Every change is audited in the same transaction.
 */
@ApplicationScoped
public class AnnouncementService {
    private final Transactions transactions;
    private final AnnouncementStore announcements;
    private final ScopedAgencyStore agencies;
    private final AnnouncementPushStore pushes;

    public AnnouncementService(Transactions transactions, AnnouncementStore announcements, ScopedAgencyStore agencies,
                               AnnouncementPushStore pushes) {
        this.transactions = transactions;
        this.announcements = announcements;
        this.agencies = agencies;
        this.pushes = pushes;
    }

    public Uni<List<AnnouncementRow>> list(SecurityIdentity officer) {
        return announcements.select(OfficerIdentities.agencyId(officer), provinceWide(officer), null);
    }

    public Uni<AnnouncementRow> find(SecurityIdentity officer, long id) {
        return announcements.select(OfficerIdentities.agencyId(officer), provinceWide(officer), id)
                .map(AnnouncementService::single);
    }

    public Uni<Long> create(SecurityIdentity officer, AnnouncementForm form) {
        return allowedAgency(officer, form.agencyId()).flatMap(allowed -> transactions.inTransaction(c -> announcements
                .insert(c, form, OfficerIdentities.officerId(officer))
                .flatMap(id -> AuditTrailStore.record(c, officer, "announcement-create", "announcement:" + id, null,
                        form.describe()).replaceWith(id))));
    }

    public Uni<Void> update(SecurityIdentity officer, long id, AnnouncementForm form) {
        return allowedAgency(officer, form.agencyId()).flatMap(allowed -> change(officer, id, "announcement-update",
                c -> announcements.update(c, id, form).replaceWith(form.describe())));
    }

    public Uni<Void> publish(SecurityIdentity officer, long id, boolean publish) {
        return change(officer, id, publish ? "announcement-publish" : "announcement-unpublish",
                c -> announcements.setPublished(c, id, publish).replaceWith(publish ? "published" : "unpublished"));
    }

    /**
     * Queues a published announcement for the OA's followers inside the free 48-hour window; returns how many were
     * newly queued (pushing again reaches only those who entered the window since).
     */
    public Uni<Integer> push(SecurityIdentity officer, long id) {
        return transactions.inTransaction(c -> query(c, officer, id, true).map(AnnouncementService::single)
                .flatMap(row -> {
                    if (!row.published() || row.expired()) {
                        throw new ProblemException(409, "announcement-not-shown", "Chưa thể gửi thông báo",
                                "Chỉ gửi được thông báo đang hiển thị cho người dân (đã đăng, chưa hết hạn).");
                    }
                    return pushes.enqueue(c, id, row.agencyId(), OfficerIdentities.officerId(officer));
                })
                .flatMap(queued -> AuditTrailStore.record(c, officer, "announcement-push", "announcement:" + id, null,
                        "queued=" + queued).replaceWith(queued)));
    }

    /** How the pushes of an announcement stand, by status. */
    public Uni<java.util.Map<String, Long>> pushCounts(long id) {
        return pushes.counts(id);
    }

    public Uni<Void> delete(SecurityIdentity officer, long id) {
        return change(officer, id, "announcement-delete",
                c -> announcements.delete(c, id).replaceWith("deleted"));
    }

    private Uni<Void> change(SecurityIdentity officer, long id, String action,
                             java.util.function.Function<SqlClient, Uni<String>> work) {
        return transactions.inTransaction(c -> query(c, officer, id, true).map(AnnouncementService::single)
                .flatMap(before -> work.apply(c).flatMap(after -> AuditTrailStore.record(c, officer, action,
                        "announcement:" + id, "title=" + before.title() + ", published=" + before.published(), after))));
    }

    private Uni<Void> allowedAgency(SecurityIdentity officer, Long agencyId) {
        if (agencyId == null) {
            if (!provinceWide(officer)) {
                throw ProblemException.forbidden("Không đủ quyền", "Chỉ quản trị hệ thống cấp tỉnh được đăng thông báo toàn tỉnh.");
            }
            return Uni.createFrom().voidItem();
        }
        return agencies.codeInScope(OfficerIdentities.agencyId(officer), agencyId).map(code -> {
            if (code == null) {
                throw ProblemException.notFound("Không tìm thấy đơn vị", "Đơn vị này không thuộc phạm vi quản lý của bạn.");
            }
            return null;
        });
    }

    private Uni<List<AnnouncementRow>> query(SqlClient c, SecurityIdentity officer, Long id, boolean lock) {
        return announcements.select(c, OfficerIdentities.agencyId(officer), provinceWide(officer), id, lock);
    }

    private static boolean provinceWide(SecurityIdentity officer) {
        return officer.hasRole(Officer.PROVINCE_ADMINISTRATOR);
    }

    private static AnnouncementRow single(List<AnnouncementRow> rows) {
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy thông báo", "Không có thông báo này trong phạm vi đơn vị của bạn.");
        }
        return rows.get(0);
    }
}
