package vn.motcua.lookup;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossiers filed with one phone number (stored as 84xxxxxxxxx), newest first: the one read that the Mini App's
 * "my dossiers", the chat bot's "hồ sơ của tôi" and phone linking all make.
 */
@ApplicationScoped
public class ApplicantDossierRepository {
    private static final String BY_PHONE = """
            select d.code, p.name, d.status, a.name, d.received_at, d.due_at, d.finished_at,
                   exists (select 1 from dossier_subscription s where s.dossier_id = d.id and s.active
                             and (s.zalo_user_id = $2 or s.phone = $1))
              from dossier d
              left join procedure p on p.id = d.procedure_id
              left join agency a on a.id = d.agency_id
             where d.applicant_phone = $1
             order by d.received_at desc nulls last, d.id desc limit $3""";
    private static final String COUNT = "select count(*) from dossier where applicant_phone = $1";

    private final Pool pool;

    public ApplicantDossierRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Up to {@code limit} dossiers of the phone; {@code followed} says whether the phone or the OA follower
     * {@code zaloUserId} (may be null) follows each.
     */
    public Uni<List<ApplicantDossier>> byPhone(String phone84, String zaloUserId, int limit) {
        return pool.preparedQuery(BY_PHONE).execute(Tuple.of(phone84, zaloUserId, limit)).map(rows -> {
            List<ApplicantDossier> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new ApplicantDossier(r.getString(0), r.getString(1), r.getInteger(2), r.getString(3),
                        VietnamTime.inVietnam(r.getOffsetDateTime(4)), VietnamTime.inVietnam(r.getOffsetDateTime(5)),
                        VietnamTime.inVietnam(r.getOffsetDateTime(6)), r.getBoolean(7)));
            }
            return list;
        });
    }

    public Uni<Long> countByPhone(String phone84) {
        return pool.preparedQuery(COUNT).execute(Tuple.of(phone84)).map(rows -> rows.iterator().next().getLong(0));
    }

    public record ApplicantDossier(String code, String procedureName, int status, String agencyName,
                                   OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt,
                                   boolean followed) {
    }
}
