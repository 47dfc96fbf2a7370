package vn.motcua.admin.announcements;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AdminAudit;
import vn.motcua.admin.AgencyScope;
import vn.motcua.admin.auth.Officer;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.announcement.AnnouncementPushes;
import vn.motcua.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * Supervisors write announcements for their agency subtree; province-wide ones (no agency) belong to the
 * province administrator (an administrator of the root agency) alone: a commune's administrator neither sees
 * nor writes them. Every change is audited in the same transaction.
 */
@ApplicationScoped
public class AnnouncementService {
    private static final String SELECT = AgencyScope.SCOPE + """
            select n.id, n.title, n.body, n.agency_id, a.name, n.published_at, n.expires_at, n.updated_at, n.category
              from announcement n left join agency a on a.id = n.agency_id
             where (n.agency_id in (select id from scope) or (n.agency_id is null and $2))
               and ($3::bigint is null or n.id = $3)
             order by n.updated_at desc, n.id desc""";
    private static final String AGENCY_IN_SCOPE = AgencyScope.SCOPE + "select count(*) from scope where id = $2";

    private final Pool pool;
    private final AnnouncementPushes pushes;

    public AnnouncementService(Pool pool, AnnouncementPushes pushes) {
        this.pool = pool;
        this.pushes = pushes;
    }

    public Uni<List<AnnouncementRow>> list(SecurityIdentity officer) {
        return query(pool, officer, null, "");
    }

    public Uni<AnnouncementRow> find(SecurityIdentity officer, long id) {
        return query(pool, officer, id, "").map(AnnouncementService::single);
    }

    public Uni<Long> create(SecurityIdentity officer, AnnouncementForm form) {
        return pool.withTransaction(c -> allowedAgency(c, officer, form.agencyId())
                .flatMap(x -> c.preparedQuery("insert into announcement (title, body, agency_id, expires_at, created_by, "
                                + "category) values ($1, $2, $3, $4, $5, $6) returning id")
                        .execute(Tuple.tuple().addString(form.title()).addString(form.body()).addLong(form.agencyId())
                                .addOffsetDateTime(form.expiresAt()).addLong(OfficerIdentities.officerId(officer))
                                .addString(form.category().code())))
                .map(rows -> rows.iterator().next().getLong(0))
                .flatMap(id -> AdminAudit.record(c, officer, "announcement-create", "announcement:" + id, null,
                        form.describe()).replaceWith(id)));
    }

    public Uni<Void> update(SecurityIdentity officer, long id, AnnouncementForm form) {
        return change(officer, id, "announcement-update", c -> allowedAgency(c, officer, form.agencyId())
                .flatMap(x -> c.preparedQuery("update announcement set title = $2, body = $3, agency_id = $4, "
                                + "expires_at = $5, category = $6, updated_at = now() where id = $1")
                        .execute(Tuple.tuple().addLong(id).addString(form.title()).addString(form.body())
                                .addLong(form.agencyId()).addOffsetDateTime(form.expiresAt())
                                .addString(form.category().code())))
                .replaceWith(form.describe()));
    }

    public Uni<Void> publish(SecurityIdentity officer, long id, boolean publish) {
        String sql = publish ? "update announcement set published_at = now(), updated_at = now() where id = $1"
                : "update announcement set published_at = null, updated_at = now() where id = $1";
        return change(officer, id, publish ? "announcement-publish" : "announcement-unpublish",
                c -> c.preparedQuery(sql).execute(Tuple.of(id)).replaceWith(publish ? "published" : "unpublished"));
    }

    /**
     * Queues a published announcement for the OA's followers inside the free 48-hour window; returns how many were
     * newly queued (pushing again reaches only those who entered the window since).
     */
    public Uni<Integer> push(SecurityIdentity officer, long id) {
        return pool.withTransaction(c -> query(c, officer, id, " for update of n").map(AnnouncementService::single)
                .flatMap(row -> {
                    if (!row.published() || row.expired()) {
                        throw new ProblemException(409, "announcement-not-shown", "Chưa thể gửi thông báo",
                                "Chỉ gửi được thông báo đang hiển thị cho người dân (đã đăng, chưa hết hạn).");
                    }
                    return pushes.enqueue(c, id, row.agencyId(), OfficerIdentities.officerId(officer));
                })
                .flatMap(queued -> AdminAudit.record(c, officer, "announcement-push", "announcement:" + id, null,
                        "queued=" + queued).replaceWith(queued)));
    }

    /** How the pushes of an announcement stand, by status. */
    public Uni<java.util.Map<String, Long>> pushCounts(long id) {
        return pushes.counts(pool, id);
    }

    public Uni<Void> delete(SecurityIdentity officer, long id) {
        return change(officer, id, "announcement-delete",
                c -> c.preparedQuery("delete from announcement where id = $1").execute(Tuple.of(id)).replaceWith("deleted"));
    }

    private Uni<Void> change(SecurityIdentity officer, long id, String action,
                             java.util.function.Function<SqlClient, Uni<String>> work) {
        return pool.withTransaction(c -> query(c, officer, id, " for update of n").map(AnnouncementService::single)
                .flatMap(before -> work.apply(c).flatMap(after -> AdminAudit.record(c, officer, action,
                        "announcement:" + id, "title=" + before.title() + ", published=" + before.published(), after))));
    }

    private static Uni<Void> allowedAgency(SqlClient c, SecurityIdentity officer, Long agencyId) {
        if (agencyId == null) {
            if (!provinceWide(officer)) {
                throw ProblemException.forbidden("Không đủ quyền", "Chỉ quản trị hệ thống cấp tỉnh được đăng thông báo toàn tỉnh.");
            }
            return Uni.createFrom().voidItem();
        }
        return c.preparedQuery(AGENCY_IN_SCOPE).execute(Tuple.of(OfficerIdentities.agencyId(officer), agencyId)).map(rows -> {
            if (rows.iterator().next().getLong(0) == 0) {
                throw ProblemException.notFound("Không tìm thấy đơn vị", "Đơn vị này không thuộc phạm vi quản lý của bạn.");
            }
            return null;
        });
    }

    private static Uni<List<AnnouncementRow>> query(SqlClient c, SecurityIdentity officer, Long id, String suffix) {
        Tuple args = Tuple.tuple().addLong(OfficerIdentities.agencyId(officer))
                .addBoolean(provinceWide(officer)).addLong(id);
        return c.preparedQuery(SELECT + suffix).execute(args).map(rows -> {
            List<AnnouncementRow> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new AnnouncementRow(r.getLong(0), r.getString(1), r.getString(2), r.getLong(3), r.getString(4),
                        r.getOffsetDateTime(5), r.getOffsetDateTime(6), r.getOffsetDateTime(7),
                        vn.motcua.announcement.AnnouncementCategory.ofStored(r.getString(8))));
            }
            return list;
        });
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
