package vn.motcua.zalo.bot;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The dossiers filed with a phone number (stored as 84xxxxxxxxx), newest first. */
@ApplicationScoped
public class CitizenDossiers {
    static final int MAX = 10;
    private static final String BY_PHONE = """
            select d.code, d.status, d.due_at, p.name from dossier d left join procedure p on p.id = d.procedure_id
             where d.applicant_phone = $1 order by d.received_at desc nulls last, d.id desc limit $2""";

    private final Pool pool;

    public CitizenDossiers(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Summary>> byPhone(String phone84) {
        return pool.preparedQuery(BY_PHONE).execute(Tuple.of(phone84, MAX)).map(rows -> {
            List<Summary> list = new ArrayList<>();
            for (Row row : rows) {
                list.add(new Summary(row.getString(0), row.getInteger(1),
                        VietnamTime.inVietnam(row.getOffsetDateTime(2)), row.getString(3)));
            }
            return list;
        });
    }

    public record Summary(String code, int status, OffsetDateTime dueAt, String procedureName) {
    }
}
