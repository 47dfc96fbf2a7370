package vn.motcua.zalo.webhook;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** Zalo's webhook URL. Speaks HTTP only; {@link WebhookReceiver} decides. */
@Path("/zalo/webhook")
public class ZaloWebhookResource {
    private final WebhookReceiver receiver;

    public ZaloWebhookResource(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Zalo OA webhook (signed with X-ZEvent-Signature)")
    public Uni<Map<String, Object>> receive(byte[] body, @HeaderParam("X-ZEvent-Signature") String signature) {
        return receiver.receive(body == null ? new byte[0] : body, signature)
                .map(receipt -> Map.of("error", 0, "message", receipt.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Zalo (and load balancers) probe the URL before sending events. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String probe() {
        return "ok";
    }

    @HEAD
    @Operation(hidden = true)
    public Response head() {
        return Response.ok().build();
    }
}
