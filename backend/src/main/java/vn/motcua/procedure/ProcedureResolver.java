package vn.motcua.procedure;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnameseText;

/** Finds the procedure an intake record names; an unknown code becomes a placeholder, never a refusal. */
@ApplicationScoped
public class ProcedureResolver {
    private final ProcedureRepository procedures;

    public ProcedureResolver(ProcedureRepository procedures) {
        this.procedures = procedures;
    }

    /** Must run inside the caller's transaction. Null when the record names no procedure. */
    public Uni<Resolved> resolve(String code, String name, String fieldCode, String fieldName) {
        if (code == null || code.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        String trimmed = code.strip();
        return procedures.findByCode(trimmed).flatMap(found -> {
            if (found != null) {
                return Uni.createFrom().item(new Resolved(found, false));
            }
            Procedure procedure = new Procedure();
            procedure.code = trimmed;
            procedure.name = name == null || name.isBlank() ? trimmed : name.strip();
            procedure.fieldCode = fieldCode;
            procedure.fieldName = fieldName;
            procedure.searchText = VietnameseText.fold(procedure.name + " " + (fieldName == null ? "" : fieldName));
            procedure.placeholder = true;
            Log.infof("Creating placeholder procedure %s", trimmed);
            return procedures.persist(procedure).map(p -> new Resolved(p, true));
        });
    }

    public record Resolved(Procedure procedure, boolean placeholder) {
    }
}
