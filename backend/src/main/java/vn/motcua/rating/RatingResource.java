package vn.motcua.rating;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.common.JsonBody;

/** The citizen rates a closed dossier, proving with the access token to be the applicant. */
@Path("/api/public/v1/dossiers/{code}/rating")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {
    private final RatingService ratings;
    private final JsonBody jsonBody;

    public RatingResource(RatingService ratings, JsonBody jsonBody) {
        this.ratings = ratings;
        this.jsonBody = jsonBody;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Public lookup")
    @Operation(summary = "Rate a closed dossier: {token, level 1-3, comment}")
    public Uni<RatingView> rate(@PathParam("code") String code, byte[] body) {
        RatingRequest request = jsonBody.read(body, RatingRequest.class);
        return ratings.rate(code, request.token(), request.level(), request.comment(),
                request.channel() == null ? "miniapp" : request.channel().strip().toLowerCase());
    }

    public record RatingRequest(String token, Integer level, String comment, String channel) {
    }
}
