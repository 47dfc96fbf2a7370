package vn.motcua.zalo.connect;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.zalo.outbound.OaAuthorization;

/**
 * Where Zalo sends the administrator's browser back after the OA granted access. Public on purpose (a
 * strict same-site cookie does not survive the redirect from Zalo): the one-time state proves the flow.
 */
@Path(OaAuthorization.CALLBACK_PATH)
public class OAuthCallbackResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance connected(String administrator);
    }

    private final OaAuthorization authorization;

    public OAuthCallbackResource(OaAuthorization authorization) {
        this.authorization = authorization;
    }

    @GET
    @Produces("text/html; charset=utf-8")
    @Operation(hidden = true)
    public Uni<String> callback(@QueryParam("code") String code, @QueryParam("state") String state,
                                @QueryParam("oa_id") String oaId) {
        return authorization.complete(code, state, oaId).flatMap(admin -> Templates.connected(admin).createUni());
    }
}
