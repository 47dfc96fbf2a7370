package vn.motcua.lookup;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.common.ClientAddress;
import vn.motcua.common.JsonBody;

/** Public dossier lookup for citizens, the Mini App and the receipt's QR code. */
@Path("/api/public/v1/dossiers")
@Tag(name = "Public lookup")
@Produces(MediaType.APPLICATION_JSON)
public class PublicLookupResource {
    private final LookupService lookup;
    private final AccessService access;
    private final LookupRateLimit rateLimit;
    private final ClientAddress clientAddress;
    private final JsonBody jsonBody;

    public PublicLookupResource(LookupService lookup, AccessService access, LookupRateLimit rateLimit,
                                ClientAddress clientAddress, JsonBody jsonBody) {
        this.jsonBody = jsonBody;
        this.lookup = lookup;
        this.access = access;
        this.rateLimit = rateLimit;
        this.clientAddress = clientAddress;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Look a dossier up by its code; with a valid access token t, the full detail")
    public Uni<DossierView> get(@PathParam("code") String code, @QueryParam("t") String token,
                                @Context HttpServerRequest request) {
        rateLimit.check(clientAddress.of(request));
        return lookup.lookup(code, token);
    }

    @POST
    @Path("/{code}/access")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Prove to be the applicant (id number or phone) and receive an access token")
    public Uni<AccessGranted> requestAccess(@PathParam("code") String code, byte[] body,
                                            @Context HttpServerRequest request) {
        String client = clientAddress.of(request);
        rateLimit.check(client);
        AccessRequest proof = jsonBody.read(body, AccessRequest.class);
        return access.requestAccess(code, proof.idNumber(), proof.phone(), client).map(AccessGranted::new);
    }

    public record AccessRequest(String idNumber, String phone) {
    }

    public record AccessGranted(String token) {
    }
}
