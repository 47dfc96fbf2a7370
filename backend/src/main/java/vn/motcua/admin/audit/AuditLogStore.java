package vn.motcua.admin.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the audit log: the province administrator (root agency) sees every line; every other supervisor or
 * administrator, a commune's included, the lines of officers in their agency subtree. Dates are Vietnam
 * calendar days, both ends included.
 */
@ApplicationScoped
public class AuditLogStore {
    private static final String SEARCH = AgencyScope.SCOPE + """
            select l.at, l.username, o.full_name, l.action, l.target, l.before_state, l.after_state
              from audit_log l
              left join officer o on o.id = l.officer_id
             where ($2 or o.agency_id in (select id from scope))
               and ($3::text is null or lower(l.username) = lower($3))
               and ($4::text is null or l.action like $4 || '%')
               and ($5::date is null or l.at >= ($5::date::timestamp at time zone 'Asia/Ho_Chi_Minh'))
               and ($6::date is null or l.at < (($6::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'))
             order by l.at desc, l.id desc
             limit $7 offset $8""";

    private final Pool pool;

    public AuditLogStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<AuditEntry>> search(long agencyId, boolean everything, AuditFilter filter, int limit, int offset) {
        Tuple args = Tuple.tuple().addLong(agencyId).addBoolean(everything).addString(filter.username())
                .addString(filter.action() == null ? null : filter.action().replace("%", "").replace("_", "\\_"))
                .addLocalDate(filter.from()).addLocalDate(filter.to()).addInteger(limit).addInteger(offset);
        return pool.preparedQuery(SEARCH).execute(args).map(rows -> {
            List<AuditEntry> entries = new ArrayList<>();
            for (Row r : rows) {
                entries.add(new AuditEntry(r.getOffsetDateTime(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6)));
            }
            return entries;
        });
    }
}
