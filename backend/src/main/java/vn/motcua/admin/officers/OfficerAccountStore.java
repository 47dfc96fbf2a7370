package vn.motcua.admin.officers;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;

import java.util.ArrayList;
import java.util.List;

/**
 * The officer accounts of an agency subtree (table officer). The writes take the caller's transaction, so that a
 * change, the end of the officer's sessions and its audit line commit together; every change of role, agency,
 * activity or password ends the officer's sessions: they sign in again.
 */
@ApplicationScoped
public class OfficerAccountStore {
    private static final String LIST = AgencyScope.SCOPE + """
            select o.id, o.username, o.full_name, o.role, o.agency_id, a.name, o.active,
                   coalesce(o.locked_until > now(), false), o.last_login_at
              from officer o join agency a on a.id = o.agency_id
             where o.agency_id in (select id from scope) and ($2::bigint is null or o.id = $2)
             order by a.name, o.username""";
    private static final String INSERT = """
            insert into officer (username, password_hash, full_name, role, agency_id) values ($1, $2, $3, $4, $5)""";
    private static final String END_SESSIONS = "with ended as (delete from officer_session where officer_id = $1) ";
    private static final String END_SESSIONS_AND_DEVICES = "with ended as (delete from officer_session where officer_id = $1), "
            + "forgotten as (delete from officer_device where officer_id = $1) ";
    private static final String CHANGE_ROLE = END_SESSIONS + "update officer set role = $2, agency_id = $3 where id = $1";
    private static final String SET_ACTIVE = END_SESSIONS + "update officer set active = $2 where id = $1";
    private static final String UNLOCK = "update officer set failed_logins = 0, locked_until = null where id = $1";
    private static final String SET_PASSWORD = END_SESSIONS_AND_DEVICES
            + "update officer set password_hash = $2, failed_logins = 0, locked_until = null where id = $1";

    private final Pool pool;

    public OfficerAccountStore(Pool pool) {
        this.pool = pool;
    }

    /** The officers of the subtree of {@code scopeAgencyId}, by agency and username. */
    public Uni<List<OfficerRow>> list(long scopeAgencyId) {
        return pool.preparedQuery(LIST).execute(Tuple.of(scopeAgencyId, null)).map(OfficerAccountStore::rows);
    }

    /** The officer if they belong to the subtree, or null. */
    public Uni<OfficerRow> find(long scopeAgencyId, long id) {
        return pool.preparedQuery(LIST).execute(Tuple.of(scopeAgencyId, id)).map(OfficerAccountStore::first);
    }

    /** The officer locked for a change in {@code c}'s transaction if they belong to the subtree, or null. */
    Uni<OfficerRow> lockInScope(SqlClient c, long scopeAgencyId, long id) {
        return c.preparedQuery(LIST + " for update of o").execute(Tuple.of(scopeAgencyId, id))
                .map(OfficerAccountStore::first);
    }

    Uni<Void> insert(SqlClient c, String username, String passwordHash, String fullName, String role, long agencyId) {
        return c.preparedQuery(INSERT).execute(Tuple.of(username, passwordHash, fullName, role, agencyId)).replaceWithVoid();
    }

    Uni<Void> changeRole(SqlClient c, long id, String role, long agencyId) {
        return c.preparedQuery(CHANGE_ROLE).execute(Tuple.of(id, role, agencyId)).replaceWithVoid();
    }

    Uni<Void> setActive(SqlClient c, long id, boolean active) {
        return c.preparedQuery(SET_ACTIVE).execute(Tuple.of(id, active)).replaceWithVoid();
    }

    Uni<Void> unlock(SqlClient c, long id) {
        return c.preparedQuery(UNLOCK).execute(Tuple.of(id)).replaceWithVoid();
    }

    /** Sets the password hash, unlocks, and forgets the officer's known browsers as well as their sessions. */
    Uni<Void> setPassword(SqlClient c, long id, String passwordHash) {
        return c.preparedQuery(SET_PASSWORD).execute(Tuple.of(id, passwordHash)).replaceWithVoid();
    }

    private static OfficerRow first(Iterable<Row> rows) {
        List<OfficerRow> found = rows(rows);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<OfficerRow> rows(Iterable<Row> rows) {
        List<OfficerRow> list = new ArrayList<>();
        for (Row r : rows) {
            list.add(new OfficerRow(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                    r.getString(5), r.getBoolean(6), r.getBoolean(7), r.getOffsetDateTime(8)));
        }
        return list;
    }
}
