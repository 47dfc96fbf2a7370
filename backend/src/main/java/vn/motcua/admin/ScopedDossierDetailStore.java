package vn.motcua.admin;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.dossier.DossierCode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One dossier in full for an officer of its agency subtree; outside the subtree it does not exist. */
@ApplicationScoped
public class ScopedDossierDetailStore {
    private static final String DOSSIER = ScopedDossierStore.SCOPE + """
            select d.id, d.code, d.applicant_name, d.applicant_phone, d.status, d.source_status, d.received_at,
                   d.due_at, d.finished_at, a.name, p.name, d.source_system, d.note
              from dossier d
              left join agency a on a.id = d.agency_id
              left join procedure p on p.id = d.procedure_id
             where d.lookup_key = $2 and d.agency_id in (select id from scope)""";
    private static final String TIMELINE = """
            select occurred_at, status, agency_name, department, officer_name, note, applied
              from dossier_event where dossier_id = $1 order by occurred_at, id""";

    private final Pool pool;

    public ScopedDossierDetailStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<AdminDossier> find(long agencyId, String rawCode) {
        String key;
        try {
            key = DossierCode.lookupKey(DossierCode.normalise(rawCode));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(notFound());
        }
        return pool.preparedQuery(DOSSIER).execute(Tuple.of(agencyId, key)).flatMap(rows -> {
            if (rows.size() == 0) {
                throw notFound();
            }
            Row r = rows.iterator().next();
            return pool.preparedQuery(TIMELINE).execute(Tuple.of(r.getLong(0))).map(events -> {
                List<AdminDossier.Event> timeline = new ArrayList<>();
                for (Row e : events) {
                    timeline.add(new AdminDossier.Event(e.getOffsetDateTime(0), e.getInteger(1), e.getString(2),
                            e.getString(3), e.getString(4), e.getString(5), e.getBoolean(6)));
                }
                return new AdminDossier(r.getString(1), r.getString(2), r.getString(3), r.getInteger(4),
                        r.getString(5), r.getOffsetDateTime(6), r.getOffsetDateTime(7), r.getOffsetDateTime(8),
                        r.getString(9), r.getString(10), r.getString(11), r.getString(12), timeline);
            });
        });
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy hồ sơ", "Không có hồ sơ này trong phạm vi đơn vị của bạn.");
    }

    public record AdminDossier(String code, String applicantName, String applicantPhone, int status,
                               String sourceStatus, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                               OffsetDateTime finishedAt, String agencyName, String procedureName,
                               String sourceSystem, String note, List<Event> timeline) {
        public record Event(OffsetDateTime at, Integer status, String agency, String department, String officer,
                            String note, boolean applied) {
        }
    }
}
