package vn.motcua.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.pool.ReactiveConnection;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Many rows of one table in one statement, inside the caller's Hibernate Reactive transaction: an {@code insert ...
 * values (...), (...)}, or an {@code update ... from (values (...), (...))} keyed by the first value of each row. One
 * statement instead of one per row saves the round trips, and fires a table's statement triggers (the public timeline,
 * the outbox's notify) once instead of once per row. PostgreSQL inserts a VALUES list in its order, so an identity
 * column numbers the rows in the order they were given.
 * <p>
 * The statement goes to the session's connection as it is, its values with it: a native query of Hibernate parsed the
 * statement's text and bound each of its parameters (1,550 for 50 dossiers) through its type system, about 8 % of the
 * app's CPU while intake ran (a profile, issue 17). Hibernate therefore no longer flushes the session before it, as
 * it does before a native query; nothing these statements read is written through the session (the timeline entries
 * they read are written by one of them). Nothing is returned. A value that depends on a row written earlier is looked up
 * by the statement itself (see {@code rowValues}).
 */
public final class MultiRowStatement {
    /** PostgreSQL's protocol caps a statement's parameters at 65,535: more rows are written in several statements. */
    static final int MAX_PARAMETERS = 65_535;

    private MultiRowStatement() {
    }

    /**
     * Inserts {@code rows} into {@code columns}. {@code rowValues} is the SQL of one row's values, one {@code ?} per
     * parameter (for instance {@code "?, (select id from t where key = ?), ?"}); each row gives its parameters in that
     * order, nulls allowed. No rows: no statement.
     */
    public static Uni<Void> insert(String table, List<String> columns, String rowValues, List<Object[]> rows) {
        return inChunks(table, rowValues, rows, count -> insertStatement(table, columns, rowValues, count));
    }

    /**
     * Sets {@code columns} of the rows whose {@code key} is each row's first value to the row's other values, in
     * order. Each {@code ?} of {@code rowValues} needs its type cast ({@code cast(? as bigint)}): a VALUES list has no
     * target column to take the type from, and PostgreSQL types the parameter by it. Each row's values may end with
     * {@code inputs} (none: an empty list): values no column takes as they are, read by {@code assignments} (more
     * {@code set} assignments, naming the stored row {@code t} and the row's values {@code v}; none: an empty string).
     */
    public static Uni<Void> update(String table, String key, List<String> columns, List<String> inputs,
                                   String assignments, String rowValues, List<Object[]> rows) {
        return inChunks(table, rowValues, rows,
                count -> updateStatement(table, key, columns, inputs, assignments, rowValues, count));
    }

    static String insertStatement(String table, List<String> columns, String rowValues, int rowCount) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values "
                + values(table, rowValues, rowCount);
    }

    static String updateStatement(String table, String key, List<String> columns, List<String> inputs,
                                  String assignments, String rowValues, int rowCount) {
        StringBuilder sql = new StringBuilder("update ").append(table).append(" as t set (")
                .append(String.join(", ", columns)).append(") = (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "v." : ", v.").append(columns.get(i));
        }
        sql.append(')');
        if (!assignments.isEmpty()) {
            sql.append(", ").append(assignments);
        }
        sql.append(" from (values ").append(values(table, rowValues, rowCount)).append(") as v (").append(key)
                .append(", ").append(String.join(", ", columns));
        for (String input : inputs) {
            sql.append(", ").append(input);
        }
        return sql.append(") where t.").append(key).append(" = v.").append(key).toString();
    }

    /** {@code rowCount} rows of {@code rowValues}, their parameters numbered; refused beyond PostgreSQL's limit. */
    private static String values(String table, String rowValues, int rowCount) {
        int perRow = parameterCount(rowValues);
        if ((long) rowCount * perRow > MAX_PARAMETERS) {
            throw new IllegalArgumentException(table + ": " + rowCount + " rows of " + perRow
                    + " parameters exceed PostgreSQL's " + MAX_PARAMETERS + " parameters in one statement");
        }
        StringBuilder sql = new StringBuilder();
        int position = 1;
        for (int r = 0; r < rowCount; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int i = 0; i < rowValues.length(); i++) {
                char c = rowValues.charAt(i);
                if (c == '?') {
                    sql.append('$').append(position++);
                } else {
                    sql.append(c);
                }
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /** The rows in as few statements as PostgreSQL's parameter limit allows, one after another. */
    private static Uni<Void> inChunks(String table, String rowValues, List<Object[]> rows,
                                      IntFunction<String> statement) {
        int perRow = parameterCount(rowValues);
        int chunk = Math.max(1, MAX_PARAMETERS / Math.max(1, perRow));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            chain = chain.flatMap(x -> execute(table, statement.apply(part.size()), perRow, part));
        }
        return chain;
    }

    private static Uni<Void> execute(String table, String sql, int perRow, List<Object[]> rows) {
        Object[] values = new Object[rows.size() * perRow];
        int position = 0;
        for (Object[] row : rows) {
            if (row.length != perRow) {
                throw new IllegalArgumentException(table + ": a row of " + row.length + " values for " + perRow
                        + " parameters");
            }
            System.arraycopy(row, 0, values, position, perRow);
            position += perRow;
        }
        return Panache.getSession().flatMap(session -> Uni.createFrom().completionStage(() ->
                connection(session).update(sql, values))).replaceWithVoid();
    }

    /**
     * The connection the session's transaction runs on. Mutiny's session interface does not offer it; its one
     * implementation does (Hibernate Reactive's version comes with Quarkus's BOM, and every intake test goes through
     * here, so an upgrade that changed it would fail them, not production).
     */
    private static ReactiveConnection connection(Mutiny.Session session) {
        return ((MutinySessionImpl) session).getReactiveConnection();
    }

    private static int parameterCount(String rowValues) {
        return (int) rowValues.chars().filter(c -> c == '?').count();
    }
}
