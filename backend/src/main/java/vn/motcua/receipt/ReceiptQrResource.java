package vn.motcua.receipt;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.intake.IntakeCaller;
import vn.motcua.intake.IntegrationAuthFilter;
import vn.motcua.qr.QrEncoder;

/** For one-stop systems printing receipts: the dossier's signed link and its QR code. */
@Path("/api/integration/v1/dossiers/{code}")
@Tag(name = "Integration")
public class ReceiptQrResource {
    static final int MIN_SIZE = 64;
    static final int MAX_SIZE = 2048;

    private final ReceiptService receipts;
    private final DossierLinkRevocation revocation;
    private final QrEncoder encoder;

    public ReceiptQrResource(ReceiptService receipts, DossierLinkRevocation revocation, QrEncoder encoder) {
        this.receipts = receipts;
        this.revocation = revocation;
        this.encoder = encoder;
    }

    @jakarta.ws.rs.POST
    @Path("/link/revoke")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke every link and QR code issued for this dossier and return a new link")
    public Uni<DossierLinks.Link> revoke(@PathParam("code") String code, @Context ContainerRequestContext request) {
        return receipts.canonicalCodeFor(caller(request), code).flatMap(revocation::revoke);
    }

    @GET
    @Path("/link")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The stable link (with its access token) to print on the receipt")
    public Uni<DossierLinks.Link> link(@PathParam("code") String code, @Context ContainerRequestContext request) {
        return receipts.linkFor(caller(request), code);
    }

    @GET
    @Path("/qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The receipt's QR code as SVG")
    public Uni<String> svg(@PathParam("code") String code, @Context ContainerRequestContext request) {
        return receipts.linkFor(caller(request), code).map(link -> encoder.svg(link.url()));
    }

    @GET
    @Path("/qr.png")
    @Produces("image/png")
    @Operation(summary = "The receipt's QR code as PNG, size in pixels (64-2048)")
    public Uni<Response> png(@PathParam("code") String code, @QueryParam("size") @DefaultValue("400") String size,
                             @Context ContainerRequestContext request) {
        int pixels = parseSize(size);
        return receipts.linkFor(caller(request), code)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(link -> Response.ok(encoder.png(link.url(), pixels), "image/png").build());
    }

    /** Set by the integration filter for every call under /api/integration/. */
    private static IntakeCaller caller(ContainerRequestContext request) {
        return (IntakeCaller) request.getProperty(IntegrationAuthFilter.CALLER);
    }

    static int parseSize(String size) {
        try {
            int pixels = Integer.parseInt(size.strip());
            if (pixels >= MIN_SIZE && pixels <= MAX_SIZE) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("size must be a whole number of pixels from " + MIN_SIZE + " to " + MAX_SIZE + ".");
    }
}
