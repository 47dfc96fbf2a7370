package vn.motcua.announcement;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.common.problem.ProblemException;

import java.util.List;

/** Announcements for citizens: published, not expired, newest first, optionally of one category. */
@Path("/api/public/v1/announcements")
@Tag(name = "Public lookup")
@Produces(MediaType.APPLICATION_JSON)
public class PublicAnnouncementResource {
    static final int MAX_LIMIT = 100;

    private final PublishedAnnouncementStore announcements;

    public PublicAnnouncementResource(PublishedAnnouncementStore announcements) {
        this.announcements = announcements;
    }

    @GET
    @Operation(summary = "Published announcements, newest first (limit 1 to 100, default 20; category general, "
            + "procedures or business, default all)")
    public Uni<Page> list(@QueryParam("limit") String limit, @QueryParam("category") String category) {
        return announcements.latest(parseLimit(limit), parseCategory(category)).map(Page::new);
    }

    private static AnnouncementCategory parseCategory(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return AnnouncementCategory.fromCode(value.strip()).orElseThrow(() -> ProblemException.badRequest(
                "category must be one of general, procedures, business"));
    }

    private static int parseLimit(String value) {
        if (value == null || value.isBlank()) {
            return 20;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    public record Page(List<PublicAnnouncement> items) {
    }
}
