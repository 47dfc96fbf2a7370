package vn.motcua.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Many rows of one table in one {@code insert ... values (...), (...)}, inside the caller's Hibernate Reactive
 * transaction. One statement instead of one per row saves the round trips, and fires a table's statement triggers
 * (the public timeline, the outbox's notify) once instead of once per row. PostgreSQL inserts a VALUES list in its
 * order, so an identity column numbers the rows in the order they were given.
 * <p>
 * Nothing is returned: a native query that returns rows is cached by Hibernate under a key that never matches the next
 * call's, so each call lengthened one hash chain of the query plan cache (seen in a profile of intake). A value that
 * depends on a row written earlier is looked up by the statement itself (see {@code rowValues}).
 */
public final class MultiRowInsert {
    /** PostgreSQL's protocol caps a statement's parameters at 65,535 (intake writes at most a batch's rows). */
    static final int MAX_PARAMETERS = 65_535;

    private MultiRowInsert() {
    }

    /**
     * Inserts {@code rows} into {@code columns}. {@code rowValues} is the SQL of one row's values, one {@code ?} per
     * parameter (for instance {@code "?, (select id from t where key = ?), ?"}); each row gives its parameters in that
     * order, nulls allowed. No rows: no statement.
     */
    public static Uni<Void> insert(String table, List<String> columns, String rowValues, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int perRow = parameterCount(rowValues);
        String sql = statement(table, columns, rowValues, rows.size());
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql);
            int position = 1;
            for (Object[] row : rows) {
                if (row.length != perRow) {
                    throw new IllegalArgumentException(table + ": a row of " + row.length + " values for " + perRow
                            + " parameters");
                }
                for (Object value : row) {
                    query.setParameter(position++, value);
                }
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    /** The statement for {@code rowCount} rows, its parameters numbered; refused beyond PostgreSQL's limit. */
    static String statement(String table, List<String> columns, String rowValues, int rowCount) {
        int perRow = parameterCount(rowValues);
        if ((long) rowCount * perRow > MAX_PARAMETERS) {
            throw new IllegalArgumentException(table + ": " + rowCount + " rows of " + perRow
                    + " parameters exceed PostgreSQL's " + MAX_PARAMETERS + " parameters in one statement");
        }
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") values ");
        int position = 1;
        for (int r = 0; r < rowCount; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int i = 0; i < rowValues.length(); i++) {
                char c = rowValues.charAt(i);
                if (c == '?') {
                    sql.append('?').append(position++);
                } else {
                    sql.append(c);
                }
            }
            sql.append(')');
        }
        return sql.toString();
    }

    private static int parameterCount(String rowValues) {
        return (int) rowValues.chars().filter(c -> c == '?').count();
    }
}
