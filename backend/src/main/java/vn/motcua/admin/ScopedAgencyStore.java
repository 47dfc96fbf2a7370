package vn.motcua.admin;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** The agencies of an officer's subtree, for choosers and the agency tree in the settings. */
@ApplicationScoped
public class ScopedAgencyStore {
    private static final String LIST = AgencyScope.SCOPE + """
            select a.id, a.code, a.name, a.parent_id, p.name, r.name, a.active, a.level_label
              from agency a
              left join agency p on p.id = a.parent_id
              left join agency r on r.id = a.replaced_by_id
             where a.id in (select id from scope)
             order by a.active desc, coalesce(p.name, ''), a.name""";

    private static final String CODE_IN_SCOPE = AgencyScope.SCOPE
            + " select a.code from agency a where a.id = $2 and a.id in (select id from scope)";
    private static final String CARD = "select name, hotline from agency where id = $1";

    private final Pool pool;

    public ScopedAgencyStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Agency>> list(long agencyId) {
        return pool.preparedQuery(LIST).execute(Tuple.of(agencyId)).map(rows -> {
            List<Agency> agencies = new ArrayList<>();
            for (Row r : rows) {
                agencies.add(new Agency(r.getLong(0), r.getString(1), r.getString(2), r.getLong(3), r.getString(4),
                        r.getString(5), r.getBoolean(6), r.getString(7)));
            }
            return agencies;
        });
    }

    /** The code of {@code agencyId} when it is in the subtree of {@code scopeAgencyId}, or null. */
    public Uni<String> codeInScope(long scopeAgencyId, long agencyId) {
        return pool.preparedQuery(CODE_IN_SCOPE).execute(Tuple.of(scopeAgencyId, agencyId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    /** The agency's name and hotline (the officer's own agency, printed on desk material); null when it is gone. */
    public Uni<AgencyCard> card(long agencyId) {
        return pool.preparedQuery(CARD).execute(Tuple.of(agencyId)).map(rows -> rows.size() == 0 ? null
                : new AgencyCard(rows.iterator().next().getString(0), rows.iterator().next().getString(1)));
    }

    public record AgencyCard(String name, String hotline) {
    }

    /** An agency; {@code replacedBy} is the successor's name when it was merged away. */
    public record Agency(long id, String code, String name, Long parentId, String parentName, String replacedBy,
                         boolean active, String levelLabel) {
    }
}
