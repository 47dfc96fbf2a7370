package vn.motcua.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Many rows of one table in one {@code insert ... values (...), (...) returning id}, inside the caller's Hibernate
 * Reactive transaction. One statement instead of one per row saves the round trips, and fires a table's statement
 * triggers (the public timeline, the outbox's notify) once instead of once per row.
 * <p>
 * The ids come back in the order of the rows: PostgreSQL inserts a VALUES list in its order and returns the rows as
 * it inserts them (Django's {@code bulk_create} relies on the same on PostgreSQL). A table with an identity column
 * takes its ids from the sequence in that order too, so rows written together keep the order they were decided in.
 */
public final class MultiRowInsert {
    /** PostgreSQL's protocol caps a statement's parameters at 65,535 (intake writes at most a batch's rows). */
    static final int MAX_PARAMETERS = 65_535;

    private MultiRowInsert() {
    }

    /**
     * Inserts {@code rows} (each one value per column, in {@code columns}' order; null allowed) and returns their
     * generated ids in the same order. No rows: no statement.
     */
    public static Uni<List<Long>> insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String sql = statement(table, columns, rows.size());
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql, Long.class);
            int position = 1;
            for (Object[] row : rows) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException(table + ": a row of " + row.length + " values for "
                            + columns.size() + " columns");
                }
                for (Object value : row) {
                    query.setParameter(position++, value);
                }
            }
            return query.getResultList();
        });
    }

    /** The statement for {@code rowCount} rows; refused beyond PostgreSQL's parameter limit. */
    static String statement(String table, List<String> columns, int rowCount) {
        if ((long) rowCount * columns.size() > MAX_PARAMETERS) {
            throw new IllegalArgumentException(table + ": " + rowCount + " rows of " + columns.size()
                    + " columns exceed PostgreSQL's " + MAX_PARAMETERS + " parameters in one statement");
        }
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") values ");
        int position = 1;
        for (int r = 0; r < rowCount; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.size(); c++) {
                sql.append(c == 0 ? "?" : ", ?").append(position++);
            }
            sql.append(')');
        }
        return sql.append(" returning id").toString();
    }
}
