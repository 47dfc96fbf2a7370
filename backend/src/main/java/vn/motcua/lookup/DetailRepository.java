package vn.motcua.lookup;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Masking;
import vn.motcua.common.VietnamTime;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads what only the applicant may see, and what proves they are the applicant. */
@ApplicationScoped
public class DetailRepository {
    private static final String DETAIL = """
            select d.applicant_name, d.applicant_phone, d.result_delivery, d.note,
                   (select coalesce(json_agg(json_build_array(s.requested_at, s.items)
                                             order by s.requested_at nulls last, s.id), '[]'::json)
                      from supplement_request s where s.dossier_id = d.id),
                   (select coalesce(json_agg(json_build_array(f.name, f.amount) order by f.id), '[]'::json)
                      from dossier_fee f where f.dossier_id = d.id),
                   (select coalesce(json_agg(e.note order by e.occurred_at, e.id), '[]'::json)
                      from dossier_event e where e.dossier_id = d.id and e.note is not null),
                   (select coalesce(json_agg(json_build_array(r.name, r.url) order by r.position), '[]'::json)
                      from dossier_document r where r.dossier_id = d.id and r.kind = 'result'),
                   d.online_payment
              from dossier d where d.id = $1""";
    private static final String PROOF = "select applicant_phone, applicant_id_hash from dossier where id = $1";

    private final Pool pool;

    public DetailRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<FullDetail> detail(long dossierId) {
        return pool.preparedQuery(DETAIL).execute(Tuple.of(dossierId)).map(rows -> {
            Row r = rows.iterator().next();
            List<FullDetail.Supplement> supplements = new ArrayList<>();
            json(r.getValue(4)).forEach(item -> {
                JsonArray s = (JsonArray) item;
                String at = s.getString(0);
                supplements.add(new FullDetail.Supplement(at == null ? null : VietnamTime.inVietnam(OffsetDateTime.parse(at)),
                        Arrays.stream(s.getString(1).split("\n")).map(String::strip).filter(x -> !x.isEmpty()).toList()));
            });
            List<FullDetail.Fee> fees = new ArrayList<>();
            json(r.getValue(5)).forEach(item -> {
                JsonArray f = (JsonArray) item;
                Object amount = f.getValue(1);
                fees.add(new FullDetail.Fee(f.getString(0), amount == null ? null : new BigDecimal(amount.toString())));
            });
            List<String> notes = new ArrayList<>();
            json(r.getValue(6)).forEach(note -> notes.add(String.valueOf(note)));
            if (r.getString(3) != null && !notes.contains(r.getString(3))) {
                notes.add(r.getString(3));
            }
            List<FullDetail.ResultPaper> results = new ArrayList<>();
            json(r.getValue(7)).forEach(item -> {
                JsonArray paper = (JsonArray) item;
                results.add(new FullDetail.ResultPaper(paper.getString(0), paper.getString(1)));
            });
            Short payment = r.getShort(8);
            return new FullDetail(r.getString(0), Masking.maskPhone(r.getString(1)), r.getString(2), supplements,
                    fees, notes, results, payment == null ? null : payment > 0);
        });
    }

    public Uni<Proof> proof(long dossierId) {
        return pool.preparedQuery(PROOF).execute(Tuple.of(dossierId)).map(rows -> {
            Row r = rows.iterator().next();
            return new Proof(r.getString(0), r.getString(1));
        });
    }

    private static JsonArray json(Object value) {
        return value instanceof JsonArray array ? array : new JsonArray(String.valueOf(value));
    }

    public record Proof(String phone, String idHash) {
    }
}
