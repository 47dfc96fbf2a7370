package vn.motcua.notification;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.lookup.LookupService;

/** The one-stop system sees every message sent about a dossier, and why one did not go. */
@Path("/api/integration/v1/dossiers/{code}/notifications")
@Tag(name = "Integration")
public class NotificationHistoryResource {
    private final LookupService dossiers;
    private final NotificationHistoryStore history;

    public NotificationHistoryResource(LookupService dossiers, NotificationHistoryStore history) {
        this.dossiers = dossiers;
        this.history = history;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The dossier's notifications, newest first, each with its status history")
    public Uni<NotificationList> list(@PathParam("code") String code) {
        return dossiers.find(code).flatMap(row -> history.forDossier(row.id())
                .map(items -> new NotificationList(row.code(), items)));
    }
}
