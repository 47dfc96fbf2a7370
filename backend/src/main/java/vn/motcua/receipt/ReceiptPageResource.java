package vn.motcua.receipt;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.intake.IntakeCaller;
import vn.motcua.intake.IntegrationAuthFilter;
import vn.motcua.web.DossierPageFormat;

/**
 * The printable receipt with its QR code, for one-stop desks (A4 or A5). Protected by the integration key
 * until the officers' admin serves it.
 */
@Path("/api/integration/v1/dossiers/{code}/receipt")
@Tag(name = "Integration")
public class ReceiptPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(ReceiptData receipt, DossierPageFormat format, String paper);
    }

    private final ReceiptService receipts;

    public ReceiptPageResource(ReceiptService receipts) {
        this.receipts = receipts;
    }

    @GET
    @Produces("text/html; charset=utf-8")
    @Operation(summary = "Printable receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) with the QR code; paper=A4 or A5")
    public Uni<String> receipt(@PathParam("code") String code, @QueryParam("paper") @DefaultValue("A4") String paper,
                               @Context ContainerRequestContext request) {
        String size = "A5".equalsIgnoreCase(paper) ? "A5" : "A4";
        return receipts.receipt((IntakeCaller) request.getProperty(IntegrationAuthFilter.CALLER), code).flatMap(r -> Templates.receipt(r, DossierPageFormat.INSTANCE, size).createUni());
    }
}
