package vn.motcua.procedure;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.common.VietnameseText;
import vn.motcua.common.problem.ProblemException;

import java.util.Arrays;
import java.util.List;

/** The procedure guide: search the catalogue ignoring diacritics and case. */
@Path("/api/public/v1/procedures")
@Tag(name = "Public lookup")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {
    private static final int MAX_LIMIT = 100;
    private final ProcedureRepository procedures;

    public ProcedureResource(ProcedureRepository procedures) {
        this.procedures = procedures;
    }

    @GET
    @Operation(summary = "Search procedures (documents needed, processing time, fees)")
    public Uni<List<ProcedureView>> search(@QueryParam("q") String query,
                                           @QueryParam("limit") @DefaultValue("20") String limit) {
        List<String> words = Arrays.stream(VietnameseText.fold(query == null ? "" : query).split(" "))
                .filter(w -> !w.isBlank()).limit(8).toList();
        int size = Math.max(1, Math.min(parseLimit(limit), MAX_LIMIT));
        return procedures.search(words, size).map(list -> list.stream().map(ProcedureView::of).toList());
    }

    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Tham số limit phải là số nguyên từ 1 đến " + MAX_LIMIT + ".");
        }
    }

    public record ProcedureView(String code, String name, String field, Integer processingDays, String fees,
                                List<String> requiredDocuments) {
        static ProcedureView of(Procedure p) {
            List<String> documents = p.requiredDocuments == null ? List.of()
                    : Arrays.stream(p.requiredDocuments.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new ProcedureView(p.code, p.name, p.fieldName, p.processingDays, p.fees, documents);
        }
    }
}
