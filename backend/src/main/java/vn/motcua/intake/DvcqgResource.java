package vn.motcua.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.common.problem.ProblemException;

/**
 * The national sync call (DVCQG) exactly as one-stop systems and provincial gateways already send it, so that a
 * system that syncs with the national portal can feed this product with no new code. {@code isUpdating} is
 * accepted and not needed: every record is an upsert by its code.
 */
@Path("/api/integration/dvcqg")
@Tag(name = "Integration")
public class DvcqgResource {
    private static final String PATH = "/api/integration/dvcqg";

    private final BatchReader batchReader;
    private final DvcqgBatchParser parser;
    private final IntakeService intake;
    private final ApiKeyAuthenticator authenticator;

    public DvcqgResource(BatchReader batchReader, DvcqgBatchParser parser, IntakeService intake,
                         ApiKeyAuthenticator authenticator) {
        this.batchReader = batchReader;
        this.parser = parser;
        this.intake = intake;
        this.authenticator = authenticator;
    }

    static boolean isSyncPath(String path) {
        return path.equals(PATH) || path.equals(PATH + "/")
                || (path.startsWith(PATH + "/") && path.indexOf('/', PATH.length() + 1) < 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "DongBoHoSoMC (dossier snapshots) or CapNhatTienDoHoSoMC (processing steps), in the envelope "
            + "{service, isUpdating, data} (optionally session, madonvi)")
    public Uni<DvcqgAnswer> sync(byte[] body, @QueryParam("isUpdating") String isUpdating,
                                 @QueryParam("MaDinhDanhDV") String senderAgency,
                                 @Context ContainerRequestContext request) {
        return handle(body, null, senderAgency, request);
    }

    @POST
    @Path("/{service}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A gateway's call: a bare array of records (or the envelope) for the service named in the URL, "
            + "DongBoHoSoMC or CapNhatTienDoHoSoMC; MaDinhDanhDV names the sending agency")
    public Uni<DvcqgAnswer> syncService(@PathParam("service") String service, byte[] body,
                                        @QueryParam("isUpdating") String isUpdating,
                                        @QueryParam("MaDinhDanhDV") String senderAgency,
                                        @Context ContainerRequestContext request) {
        return handle(body, service, senderAgency, request);
    }

    private Uni<DvcqgAnswer> handle(byte[] body, String service, String senderAgency, ContainerRequestContext request) {
        IntakeCaller caller = (IntakeCaller) request.getProperty(IntegrationAuthFilter.CALLER);
        JsonNode root;
        try {
            root = batchReader.readTree(body);
        } catch (ProblemException e) {
            // whoever sent no key in a header learns nothing about the body before proving who they are
            throw caller == null ? IntegrationAuthFilter.unauthorized() : e;
        }
        Uni<IntakeCaller> who = caller != null ? Uni.createFrom().item(caller)
                : authenticator.authenticate(DvcqgBatchParser.sessionOf(root))
                .map(found -> found.orElseThrow(IntegrationAuthFilter::unauthorized));
        return who.flatMap(authenticated -> {
            DvcqgBatchParser.DvcqgBatch batch = parser.parse(root,
                    new DvcqgBatchParser.CallParameters(service, senderAgency));
            return intake.ingest(batch.records(), authenticated);
        }).map(DvcqgAnswer::of);
    }
}
