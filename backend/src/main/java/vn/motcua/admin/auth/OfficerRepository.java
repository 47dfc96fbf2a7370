package vn.motcua.admin.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;


/** Officers, read and written with the raw client: authentication runs outside any Hibernate session. */
@ApplicationScoped
public class OfficerRepository {
    private static final String COLUMNS =
            "id, username, password_hash, full_name, role, agency_id, active, failed_logins, locked_until, "
            + "(select a.parent_id is null from agency a where a.id = officer.agency_id)";
    private final Pool pool;

    public OfficerRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Officer> findByUsername(String username) {
        return pool.preparedQuery("select " + COLUMNS + " from officer where lower(username) = lower($1)")
                .execute(Tuple.of(username))
                .map(rows -> rows.size() == 0 ? null : toOfficer(rows.iterator().next()));
    }

    public Uni<Long> count() {
        return pool.query("select count(*) from officer").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Void> insert(String username, String passwordHash, String fullName, String role, String agencyCode) {
        return pool.preparedQuery("""
                        insert into officer (username, password_hash, full_name, role, agency_id)
                        select $1, $2, $3, $4, id from agency where code = $5
                        on conflict do nothing""")
                .execute(Tuple.of(username, passwordHash, fullName, role, agencyCode)).replaceWithVoid();
    }

    /** A fresh installation has no agency tree yet: the first administrator's agency is created if missing. */
    public Uni<Void> ensureAgency(String code) {
        return pool.preparedQuery("insert into agency (code, name, placeholder) values ($1, 'Đơn vị quản trị', true) "
                + "on conflict (code) do nothing").execute(Tuple.of(code)).replaceWithVoid();
    }

    private static Officer toOfficer(Row r) {
        return new Officer(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                r.getBoolean(6), r.getInteger(7), r.getOffsetDateTime(8), Boolean.TRUE.equals(r.getBoolean(9)));
    }
}
