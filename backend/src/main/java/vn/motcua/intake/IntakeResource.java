package vn.motcua.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.stream.IntStream;

/** Intake in this product's own format: one record or a batch, upserted by dossier code. */
@Path("/api/integration/v1/dossiers")
@Tag(name = "Integration")
public class IntakeResource {
    private final BatchReader batchReader;
    private final OwnFormatParser parser;
    private final IntakeService intake;

    public IntakeResource(BatchReader batchReader, OwnFormatParser parser, IntakeService intake) {
        this.batchReader = batchReader;
        this.parser = parser;
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update dossiers (one record or an array of up to 500)")
    public Uni<IntakeResponse> upsert(byte[] body, @Context ContainerRequestContext request) {
        List<JsonNode> nodes = batchReader.records(batchReader.readTree(body), "an array of records");
        List<ParsedRecord> records = IntStream.range(0, nodes.size())
                .mapToObj(i -> parser.parse(i, nodes.get(i))).toList();
        return intake.ingest(records, (IntakeCaller) request.getProperty(IntegrationAuthFilter.CALLER))
                .map(IntakeResponse::of);
    }

    /** How many records were applied and rejected, then each record's result in batch order. */
    public record IntakeResponse(int applied, int rejected, List<RecordResult> results) {
        static IntakeResponse of(List<RecordResult> results) {
            int applied = (int) results.stream().filter(RecordResult::applied).count();
            return new IntakeResponse(applied, results.size() - applied, results);
        }
    }
}
