package vn.motcua.rating;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.common.ClientAddress;
import vn.motcua.common.JsonBody;
import vn.motcua.lookup.LookupRateLimit;

/**
 * The citizen rates a closed dossier, proving with the access token to be the applicant. Rate-limited per client
 * like lookups: the token check must not become a free oracle, nor the table a spam target.
 */
@Path("/api/public/v1/dossiers/{code}/rating")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {
    private final RatingService ratings;
    private final JsonBody jsonBody;
    private final LookupRateLimit rateLimit;
    private final ClientAddress clientAddress;

    public RatingResource(RatingService ratings, JsonBody jsonBody, LookupRateLimit rateLimit, ClientAddress clientAddress) {
        this.ratings = ratings;
        this.jsonBody = jsonBody;
        this.rateLimit = rateLimit;
        this.clientAddress = clientAddress;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Public lookup")
    @Operation(summary = "Rate a closed dossier: {token, level 1-3, comment}")
    public Uni<RatingView> rate(@PathParam("code") String code, byte[] body, @Context HttpServerRequest http) {
        rateLimit.check(clientAddress.of(http));
        RatingRequest request = jsonBody.read(body, RatingRequest.class);
        return ratings.rate(code, request.token(), request.level(), request.comment(),
                request.channel() == null ? "miniapp" : request.channel().strip().toLowerCase());
    }

    public record RatingRequest(String token, Integer level, String comment, String channel) {
    }
}
