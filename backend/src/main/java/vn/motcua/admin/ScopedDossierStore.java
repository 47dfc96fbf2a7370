package vn.motcua.admin;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnameseText;
import vn.motcua.dossier.DossierCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Dossiers an officer may see: those of their agency's subtree. Agencies merged into one of the subtree
 * (the 2025 reorganisation) belong to it too, so old dossiers follow their successor agency. Every query
 * is filtered here, so a guessed code outside the subtree is simply not found.
 */
@ApplicationScoped
public class ScopedDossierStore {
    static final String SCOPE = AgencyScope.SCOPE;
    private static final String SEARCH = SCOPE + """
            , picked(id) as (
                select a.id from agency a where a.code = $9
                union
                select a.id from agency a join picked s on a.parent_id = s.id or a.replaced_by_id = s.id
            )
            select d.code, d.applicant_name, d.status, d.received_at, d.due_at, a.name, p.name
              from dossier d
              left join agency a on a.id = d.agency_id
              left join procedure p on p.id = d.procedure_id
             where d.agency_id in (select id from scope)
               and ($2::text is null or d.lookup_key like '%' || $2 || '%')
               and ($3::text is null or motcua_fold(d.applicant_name) like '%' || $3 || '%')
               and ($4::text is null or d.applicant_phone like '%' || $4 || '%')
               and ($5::int is null or d.status = $5)
               and ($6::boolean is not true or (d.due_at < now() and d.status not in (3, 7, 8, 9, 10)))
               and ($9::text is null or d.agency_id in (select id from picked))
               and ($10::text is null or p.code = $11 or p.search_text like '%' || $10 || '%')
               and ($12::int is null or (d.due_at >= now() and d.due_at < now() + make_interval(days => $12)
                                         and d.status not in (3, 7, 8, 9, 10)))
             order by d.updated_at desc, d.id desc
             limit $7 offset $8""";
    private static final String COUNTS = SCOPE + """
            select d.status, count(*),
                   count(*) filter (where d.due_at < now() and d.status not in (3, 7, 8, 9, 10))
              from dossier d where d.agency_id in (select id from scope) group by d.status order by d.status""";

    private final Pool pool;

    public ScopedDossierStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<DossierListItem>> search(long agencyId, DossierFilter filter, int limit, int offset) {
        String code = filter.code() == null ? null : DossierCode.lookupKey(filter.code());
        String name = filter.name() == null ? null : VietnameseText.fold(filter.name()).replace("%", "").replace("_", "");
        String procedure = filter.procedure() == null ? null
                : VietnameseText.fold(filter.procedure()).replace("%", "").replace("_", "");
        String phone = filter.phone() == null ? null : filter.phone().replaceAll("\\D", "").replaceFirst("^0", "");
        Tuple args = Tuple.tuple().addLong(agencyId).addString(FormValues.blankToNull(code)).addString(FormValues.blankToNull(name))
                .addString(FormValues.blankToNull(phone)).addInteger(filter.status()).addBoolean(filter.overdue())
                .addInteger(limit).addInteger(offset).addString(FormValues.blankToNull(filter.agencyCode()))
                .addString(FormValues.blankToNull(procedure)).addString(FormValues.blankToNull(filter.procedure()))
                .addInteger(filter.dueWithinDays());
        return pool.preparedQuery(SEARCH).execute(args).map(rows -> {
            List<DossierListItem> items = new ArrayList<>();
            for (Row r : rows) {
                items.add(new DossierListItem(r.getString(0), r.getString(1), r.getInteger(2), r.getOffsetDateTime(3),
                        r.getOffsetDateTime(4), r.getString(5), r.getString(6)));
            }
            return items;
        });
    }

    /** Dossiers per status and how many of them are overdue, within the subtree. */
    public Uni<List<StatusCount>> countsByStatus(long agencyId) {
        return pool.preparedQuery(COUNTS).execute(Tuple.of(agencyId)).map(rows -> {
            List<StatusCount> counts = new ArrayList<>();
            for (Row r : rows) {
                counts.add(new StatusCount(r.getInteger(0), r.getLong(1), r.getLong(2)));
            }
            return counts;
        });
    }

    public record StatusCount(int status, long total, long overdue) {
    }
}
