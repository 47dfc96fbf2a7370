package vn.motcua.lookup;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.dossier.DossierCode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The hot read path of the public lookup: the raw reactive client with one prepared statement, so a lookup
 * is a single round trip. Codes that miss are tried as old codes (aliases, merged agencies).
 */
@ApplicationScoped
public class LookupRepository {
    private static final String BY_KEY = """
            select d.id, d.code, d.status, d.received_at, d.due_at, d.finished_at, d.applicant_name,
                   d.result_delivery, d.token_generation, p.code, p.name, a.name, a.hotline,
                   (select c.old_due_at from due_date_change c where c.dossier_id = d.id
                     order by c.changed_at desc, c.id desc limit 1),
                   t.ats, t.statuses, t.agencies
              from dossier d
              left join procedure p on p.id = d.procedure_id
              left join agency a on a.id = d.agency_id
              -- the timeline as three parallel arrays: decoded in binary, no JSON to parse
              left join lateral (select array_agg(e.occurred_at order by e.occurred_at, e.id) as ats,
                                        array_agg(e.status order by e.occurred_at, e.id) as statuses,
                                        array_agg(e.agency_name order by e.occurred_at, e.id) as agencies
                                   from dossier_event e where e.dossier_id = d.id) t on true
             where d.lookup_key = $1
             order by (d.code = $2) desc
             limit 1""";
    private static final String BY_ALIAS = """
            select d.code from dossier_code_alias x join dossier d on d.id = x.dossier_id where x.alias_key = $1""";
    /** Agencies that an old agency code was merged into, nearest first (a merger of a merger is followed). */
    private static final String SUCCESSORS = """
            with recursive chain(id, code, depth) as (
                select a.replaced_by_id, null::varchar, 0 from agency a where a.code = $1 and a.replaced_by_id is not null
                union all
                select n.replaced_by_id, n.code, c.depth + 1 from chain c join agency n on n.id = c.id
                 where c.depth < 10
            )
            select code from chain where code is not null order by depth""";

    private final Pool pool;

    public LookupRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<DossierRow> find(String normalisedCode) {
        return byCode(normalisedCode).onItem().ifNull().switchTo(() -> byOldCode(normalisedCode));
    }

    private Uni<DossierRow> byCode(String code) {
        return pool.preparedQuery(BY_KEY).execute(Tuple.of(DossierCode.lookupKey(code), code))
                .map(LookupRepository::firstDossier);
    }

    private Uni<DossierRow> byOldCode(String code) {
        Uni<DossierRow> viaAlias = pool.preparedQuery(BY_ALIAS).execute(Tuple.of(DossierCode.lookupKey(code)))
                .flatMap(rows -> rows.size() == 0 ? Uni.createFrom().nullItem()
                        : byCode(rows.iterator().next().getString(0)));
        return viaAlias.onItem().ifNull().switchTo(() -> DossierCode.agencyPart(code)
                .map(agency -> pool.preparedQuery(SUCCESSORS).execute(Tuple.of(agency))
                        .flatMap(rows -> firstUnderSuccessor(code, rows)))
                .orElse(Uni.createFrom().nullItem()));
    }

    private Uni<DossierRow> firstUnderSuccessor(String code, RowSet<Row> successors) {
        List<String> codes = new ArrayList<>();
        successors.forEach(row -> codes.add(row.getString(0)));
        Uni<DossierRow> result = Uni.createFrom().nullItem();
        for (String successor : codes) {
            result = result.onItem().ifNull().switchTo(() -> byCode(DossierCode.withAgency(code, successor)));
        }
        return result;
    }

    private static DossierRow firstDossier(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row r = rows.iterator().next();
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
                r.getString(12), timeline);
    }
}
