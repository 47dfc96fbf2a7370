package vn.motcua.rating;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One-stop systems read the applicant's rating (to sync it upstream as DongBoDanhGia). */
@Path("/api/integration/v1/dossiers/{code}/rating")
@Tag(name = "Integration")
public class IntegrationRatingResource {
    private final RatingService ratings;

    public IntegrationRatingResource(RatingService ratings) {
        this.ratings = ratings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The applicant's satisfaction rating of the dossier")
    public Uni<RatingView> read(@PathParam("code") String code) {
        return ratings.find(code);
    }
}
