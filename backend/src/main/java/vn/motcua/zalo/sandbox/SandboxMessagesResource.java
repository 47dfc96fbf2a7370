package vn.motcua.zalo.sandbox;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.zalo.ZaloSettings;

import java.util.List;

/** What the OA would have sent, while zalo.mode=sandbox; absent in live mode. */
@Path("/api/sandbox/v1/messages")
public class SandboxMessagesResource {
    private final ZaloSettings settings;
    private final SandboxMessageLog log;

    public SandboxMessagesResource(ZaloSettings settings, SandboxMessageLog log) {
        this.settings = settings;
        this.log = log;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Messages recorded instead of sent (sandbox mode only), newest first")
    public Uni<List<SandboxMessageLog.SandboxMessage>> messages(@QueryParam("recipient") String recipient,
                                                                @QueryParam("after") @DefaultValue("0") long after,
                                                                @QueryParam("limit") @DefaultValue("50") int limit) {
        SandboxGuard.require(settings);
        return log.newest(recipient == null || recipient.isBlank() ? null : recipient.strip(), after,
                Math.max(1, Math.min(limit, 200)));
    }
}
