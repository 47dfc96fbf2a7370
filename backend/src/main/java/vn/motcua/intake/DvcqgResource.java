package vn.motcua.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.stream.Collectors;

/**
 * The national sync call (DVCQG) exactly as one-stop systems already send it, so that a system that syncs
 * with the national portal can feed this product with no new code.
 */
@Path("/api/integration/dvcqg")
@Tag(name = "Integration")
public class DvcqgResource {
    private final BatchReader batchReader;
    private final DvcqgBatchParser parser;
    private final IntakeService intake;

    public DvcqgResource(BatchReader batchReader, DvcqgBatchParser parser, IntakeService intake) {
        this.batchReader = batchReader;
        this.parser = parser;
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "DongBoHoSoMC (dossier snapshots) or CapNhatTienDoHoSoMC (processing steps)")
    public Uni<DvcqgResponse> sync(byte[] body, @Context ContainerRequestContext request) {
        List<ParsedRecord> records = parser.parse(batchReader.readTree(body));
        return intake.ingest(records, (String) request.getProperty(IntegrationAuthFilter.SOURCE_SYSTEM))
                .map(DvcqgResponse::of);
    }

    /** The national answer style: {@code error_code} "00" when every record was applied. */
    public record DvcqgResponse(@JsonProperty("error_code") String errorCode, String message,
                                @JsonProperty("so_ban_ghi_thanh_cong") int applied,
                                @JsonProperty("so_ban_ghi_loi") int rejected,
                                List<DvcqgRecordResult> data) {
        static DvcqgResponse of(List<RecordResult> results) {
            List<DvcqgRecordResult> data = results.stream().map(DvcqgRecordResult::of).toList();
            int applied = (int) results.stream().filter(RecordResult::applied).count();
            int rejected = results.size() - applied;
            String code = rejected == 0 ? "00" : applied == 0 ? "-1" : "01";
            String message = rejected == 0 ? "Thành công"
                    : applied == 0 ? "Không bản ghi nào được cập nhật"
                    : "Cập nhật " + applied + " bản ghi, lỗi " + rejected + " bản ghi";
            return new DvcqgResponse(code, message, applied, rejected, data);
        }
    }

    public record DvcqgRecordResult(@JsonProperty("STT") int index, @JsonProperty("MaHoSo") String code,
                                    @JsonProperty("error_code") String errorCode, String message,
                                    @JsonProperty("ket_qua") String outcome, List<FieldError> errors,
                                    List<String> warnings) {
        static DvcqgRecordResult of(RecordResult r) {
            String message = r.applied() ? "Thành công"
                    : r.errors().stream().map(e -> (e.field().isEmpty() ? "" : e.field() + ": ") + e.message())
                    .collect(Collectors.joining("; "));
            return new DvcqgRecordResult(r.index(), r.code(), r.applied() ? "00" : "-1", message, r.outcome(),
                    r.errors(), r.warnings());
        }
    }
}
