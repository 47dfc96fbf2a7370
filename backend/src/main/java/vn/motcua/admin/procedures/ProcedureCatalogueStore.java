package vn.motcua.admin.procedures;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AuditTrailStore;
import vn.motcua.common.VietnameseText;
import vn.motcua.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The procedure catalogue as administrators keep it: search, and edit one procedure (its code, the national id
 * intake matches on, stays). Saving completes a placeholder that intake created for an unknown code. Audited.
 */
@ApplicationScoped
public class ProcedureCatalogueStore {
    private static final String LIST = """
            select id, code, name, field_name, processing_days, placeholder from procedure
             where cardinality($1::text[]) = 0 or search_text like all($1::text[]) or code ilike $2
             order by placeholder desc, code
             limit $3 offset $4""";
    private static final String ONE = "select id, code, name, field_code, field_name, processing_days, fees, required_documents, "
            + "placeholder from procedure where id = $1";

    private final Pool pool;

    public ProcedureCatalogueStore(Pool pool) {
        this.pool = pool;
    }

    /** A page of procedures whose code starts with the query or whose name and field hold all its words. */
    public Uni<List<Item>> search(String query, int limit, long offset) {
        String q = query == null ? "" : query.strip();
        String[] words = Arrays.stream(VietnameseText.fold(q).split(" ")).filter(w -> !w.isBlank()).limit(8)
                .map(w -> "%" + w.replace("\\", "").replace("%", "").replace("_", "") + "%").toArray(String[]::new);
        String codePrefix = q.isEmpty() ? "" : q.replace("\\", "").replace("%", "").replace("_", "\\_") + "%";
        return pool.preparedQuery(LIST).execute(Tuple.of(words, codePrefix, limit, offset)).map(rows -> {
            List<Item> items = new ArrayList<>();
            for (Row r : rows) {
                items.add(new Item(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getInteger(4),
                        r.getBoolean(5)));
            }
            return items;
        });
    }

    public Uni<Editable> find(long id) {
        return pool.preparedQuery(ONE).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                throw notFound();
            }
            return editable(rows.iterator().next());
        });
    }

    /** Saves the form's name, field, processing time, fees and documents; the code is not changed (the form's is ignored). */
    public Uni<Void> update(SecurityIdentity admin, long id, ProcedureForm form) {
        return pool.withTransaction(c -> c.preparedQuery(ONE + " for update").execute(Tuple.of(id)).flatMap(rows -> {
            if (rows.size() == 0) {
                throw notFound();
            }
            Editable before = editable(rows.iterator().next());
            ProcedureForm after = new ProcedureForm(before.form().code(), form.name(), form.fieldCode(), form.fieldName(),
                    form.processingDays(), form.fees(), form.requiredDocuments());
            List<String> problems = after.problems();
            if (!problems.isEmpty()) {
                throw ProblemException.badRequest(String.join(" ", problems));
            }
            String search = VietnameseText.fold(after.name() + " " + (after.fieldName() == null ? "" : after.fieldName()));
            return c.preparedQuery("update procedure set name = $2, field_code = $3, field_name = $4, processing_days = $5, "
                            + "fees = $6, required_documents = $7, search_text = $8, placeholder = false where id = $1")
                    .execute(Tuple.tuple().addLong(id).addString(after.name()).addString(after.fieldCode())
                            .addString(after.fieldName()).addInteger(after.processingDays()).addString(after.fees())
                            .addString(after.requiredDocuments()).addString(search))
                    .flatMap(x -> AuditTrailStore.record(c, admin, "procedure-edit", "procedure:" + before.form().code(),
                            (before.placeholder() ? "placeholder, " : "") + before.form().summary(), after.summary()));
        }));
    }

    private static Editable editable(Row r) {
        return new Editable(r.getLong(0), new ProcedureForm(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getInteger(5), r.getString(6), r.getString(7)), r.getBoolean(8));
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy thủ tục", "Thủ tục này không có trong danh mục.");
    }

    /** A row of the list. */
    public record Item(long id, String code, String name, String fieldName, Integer processingDays, boolean placeholder) {
    }

    /** A procedure with its id, for the edit form; {@code placeholder} when intake created it from a bare code. */
    public record Editable(long id, ProcedureForm form, boolean placeholder) {
    }
}
