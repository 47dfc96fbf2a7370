package vn.motcua.lookup;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.dossier.DossierCode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hot read path of the public lookup: the raw reactive client with prepared statements, a lookup a single
 * round trip, shared by the lookups that reach an event loop in the same turn ({@link LookupBatcher}). Codes that
 * miss are tried as the other codes recorded for a dossier (aliases). All the lookup shows is on the dossier row,
 * so a lookup is one indexed read of one row: the timeline (three parallel arrays decoded in binary, kept equal to
 * the dossier's events by migration V82), and the procedure's and agency's names, the due date before the last
 * extension and whether a result is online (the {@code public_*} columns, kept by migration V83's triggers in the
 * writers' transactions).
 */
@ApplicationScoped
public class LookupRepository {
    private static final String COLUMNS = """
            select d.id, d.code, d.status, d.received_at, d.due_at, d.finished_at, d.applicant_name,
                   d.result_delivery, d.token_generation, d.public_procedure_code, d.public_procedure_name,
                   d.public_agency_name, d.public_agency_hotline, d.public_previous_due_at,
                   d.timeline_at, d.timeline_status, d.timeline_agency, d.public_has_result, d.lookup_key
              from dossier d
            """;
    private static final String BY_KEY = COLUMNS + " where d.lookup_key = $1 order by (d.code = $2) desc limit 1";
    /** The lookup key, the last of the columns: the shared query's rows are handed out by it. */
    private static final int KEY_COLUMN = 18;
    private static final String BY_KEYS = COLUMNS + " where d.lookup_key = any($1)";
    private static final String BY_ALIAS = """
            select d.code, x.alias_code from dossier_code_alias x join dossier d on d.id = x.dossier_id
             where x.alias_key = $1""";

    private final Pool pool;
    private final LookupBatcher batcher;

    public LookupRepository(Pool pool, MeterRegistry meters) {
        this.pool = pool;
        this.batcher = new LookupBatcher(this::byKey, this::byKeys,
                DistributionSummary.builder("motcua.lookup.lookups.per.query")
                        .description("Public lookups answered by one query (lookups read in one event-loop turn share it)")
                        .register(meters));
    }

    public Uni<DossierRow> find(String normalisedCode) {
        return byCode(normalisedCode).onItem().ifNull().switchTo(() -> byOldCode(normalisedCode));
    }

    private Uni<DossierRow> byCode(String code) {
        return batcher.find(DossierCode.lookupKey(code), code);
    }

    private Uni<DossierRow> byKey(String key, String code) {
        return pool.preparedQuery(BY_KEY).execute(Tuple.of(key, code))
                .map(rows -> rows.size() == 0 ? null : dossierOf(rows.iterator().next()));
    }

    /** Every dossier under these lookup keys (several for codes that differ only in punctuation), by key. */
    private Uni<Map<String, List<DossierRow>>> byKeys(String[] keys) {
        return pool.preparedQuery(BY_KEYS).execute(Tuple.of(keys)).map(rows -> {
            Map<String, List<DossierRow>> found = new HashMap<>();
            for (Row row : rows) {
                found.computeIfAbsent(row.getString(KEY_COLUMN), k -> new ArrayList<>(1)).add(dossierOf(row));
            }
            return found;
        });
    }

    /**
     * A code the dossier was recorded under (receipt number, a sender's other code, a pre-merger code). Never a
     * guess: rewriting an old agency code onto its successor's can land on a stranger's dossier.
     */
    private Uni<DossierRow> byOldCode(String code) {
        return pool.preparedQuery(BY_ALIAS).execute(Tuple.of(DossierCode.lookupKey(code))).flatMap(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().nullItem();
            }
            Row alias = rows.iterator().next();
            return byCode(alias.getString(0)).map(row -> row == null ? null : row.viaAlias(alias.getString(1)));
        });
    }

    private static DossierRow dossierOf(Row r) {
        OffsetDateTime[] ats = r.getArrayOfOffsetDateTimes(14);
        Short[] statuses = r.getArrayOfShorts(15);
        String[] agencies = r.getArrayOfStrings(16);
        List<DossierRow.TimelineRow> timeline = new ArrayList<>(ats == null ? 0 : ats.length);
        for (int i = 0; ats != null && i < ats.length; i++) {
            timeline.add(new DossierRow.TimelineRow(ats[i], statuses[i] == null ? null : statuses[i].intValue(),
                    agencies[i]));
        }
        return new DossierRow(r.getLong(0), r.getString(1), r.getInteger(2), r.getOffsetDateTime(3),
                r.getOffsetDateTime(4), r.getOffsetDateTime(13), r.getOffsetDateTime(5), r.getString(6),
                r.getString(7), r.getInteger(8), r.getString(9), r.getString(10), r.getString(11),
                r.getString(12), timeline, r.getBoolean(17), null);
    }
}
