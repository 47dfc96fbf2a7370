package vn.motcua.announcement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Announcements for citizens: published, not expired, newest first. */
@Path("/api/public/v1/announcements")
@Tag(name = "Public lookup")
@Produces(MediaType.APPLICATION_JSON)
public class PublicAnnouncementResource {
    static final int MAX_LIMIT = 100;
    private static final String PUBLISHED = """
            select n.id, n.title, n.body, n.published_at, a.name
              from announcement n left join agency a on a.id = n.agency_id
             where n.published_at is not null and n.published_at <= now()
               and (n.expires_at is null or n.expires_at > now())
             order by n.published_at desc, n.id desc
             limit $1""";

    private final Pool pool;

    public PublicAnnouncementResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Operation(summary = "Published announcements, newest first (limit 1 to 100, default 20)")
    public Uni<Page> list(@QueryParam("limit") String limit) {
        int n = parseLimit(limit);
        return pool.preparedQuery(PUBLISHED).execute(Tuple.of(n)).map(rows -> {
            List<PublicAnnouncement> items = new ArrayList<>();
            for (Row r : rows) {
                items.add(new PublicAnnouncement(r.getLong(0), r.getString(1), r.getString(2), r.getOffsetDateTime(3),
                        r.getString(4)));
            }
            return new Page(items);
        });
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
