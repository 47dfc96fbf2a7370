package vn.motcua.admin.procedures;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AuditTrailStore;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Saves an imported catalogue in one transaction with one audit line: new codes are added, known ones updated
 * (fields the file leaves out keep their value; placeholders become real procedures), identical ones untouched.
 */
@ApplicationScoped
public class ProcedureImportStore {
    private static final String UPSERT = """
            insert into procedure as p (code, name, field_code, field_name, processing_days, fees, required_documents,
                                        search_text, placeholder)
            select u.code, u.name, u.field_code, u.field_name, u.days, u.fees, u.docs,
                   motcua_fold(u.name || ' ' || coalesce(u.field_name, '')), false
              from unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::int[], $6::varchar[], $7::text[])
                   as u(code, name, field_code, field_name, days, fees, docs)
            on conflict (code) do update set
                   name = excluded.name,
                   field_code = coalesce(excluded.field_code, p.field_code),
                   field_name = coalesce(excluded.field_name, p.field_name),
                   processing_days = coalesce(excluded.processing_days, p.processing_days),
                   fees = coalesce(excluded.fees, p.fees),
                   required_documents = coalesce(excluded.required_documents, p.required_documents),
                   search_text = motcua_fold(excluded.name || ' ' || coalesce(excluded.field_name, p.field_name, '')),
                   placeholder = false
             where (p.name, p.field_code, p.field_name, p.processing_days, p.fees, p.required_documents, p.placeholder)
                   is distinct from
                   (excluded.name, coalesce(excluded.field_code, p.field_code), coalesce(excluded.field_name, p.field_name),
                    coalesce(excluded.processing_days, p.processing_days), coalesce(excluded.fees, p.fees),
                    coalesce(excluded.required_documents, p.required_documents), false)
            returning p.code, (xmax = 0) as created""";
    private static final int CODES_IN_AUDIT = 50;

    private final Pool pool;

    public ProcedureImportStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Outcome> save(SecurityIdentity admin, List<ProcedureForm> forms) {
        Tuple columns = Tuple.tuple()
                .addArrayOfString(forms.stream().map(ProcedureForm::code).toArray(String[]::new))
                .addArrayOfString(forms.stream().map(ProcedureForm::name).toArray(String[]::new))
                .addArrayOfString(forms.stream().map(ProcedureForm::fieldCode).toArray(String[]::new))
                .addArrayOfString(forms.stream().map(ProcedureForm::fieldName).toArray(String[]::new))
                .addArrayOfInteger(forms.stream().map(ProcedureForm::processingDays).toArray(Integer[]::new))
                .addArrayOfString(forms.stream().map(ProcedureForm::fees).toArray(String[]::new))
                .addArrayOfString(forms.stream().map(ProcedureForm::requiredDocuments).toArray(String[]::new));
        return pool.withTransaction(c -> c.preparedQuery(UPSERT).execute(columns).flatMap(rows -> {
            int created = 0;
            int updated = 0;
            for (Row r : rows) {
                if (r.getBoolean(1)) {
                    created++;
                } else {
                    updated++;
                }
            }
            Outcome outcome = new Outcome(created, updated, forms.size() - created - updated);
            String codes = forms.stream().limit(CODES_IN_AUDIT).map(ProcedureForm::code).collect(Collectors.joining(", "))
                    + (forms.size() > CODES_IN_AUDIT ? ", ..." : "");
            return AuditTrailStore.record(c, admin, "procedure-import", "procedure:import", null,
                    "created=" + created + ", updated=" + updated + ", unchanged=" + outcome.unchanged() + "; codes=" + codes)
                    .replaceWith(outcome);
        })).invoke(o -> Log.infof("Procedure catalogue import by %s: %d new, %d updated, %d unchanged",
                admin.getPrincipal().getName(), o.created(), o.updated(), o.unchanged()));
    }

    public record Outcome(int created, int updated, int unchanged) {
    }
}
