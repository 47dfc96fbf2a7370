package vn.motcua.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.common.ClientAddress;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.lookup.DossierView;
import vn.motcua.lookup.LookupRateLimit;
import vn.motcua.lookup.LookupService;

/**
 * Where a receipt's QR code leads: inside Zalo, on to the Mini App; anywhere else, a plain mobile page
 * (no JavaScript) with the public lookup, and the full detail when the link's token is valid.
 */
@Path("/tra-cuu")
public class DossierPageResource {
    private static final String HTML = "text/html; charset=utf-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(DossierView dossier, DossierPageFormat format, boolean tokenRejected);

        static native TemplateInstance notFound(String code);

        static native TemplateInstance search(String code);
    }

    private final LookupService lookup;
    private final LookupRateLimit rateLimit;
    private final ClientAddress clientAddress;
    private final MiniAppLinks miniApp;

    public DossierPageResource(LookupService lookup, LookupRateLimit rateLimit, ClientAddress clientAddress,
                               MiniAppLinks miniApp) {
        this.lookup = lookup;
        this.rateLimit = rateLimit;
        this.clientAddress = clientAddress;
        this.miniApp = miniApp;
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> form(@QueryParam("ma") String code) {
        if (code != null && !code.isBlank()) {
            return Uni.createFrom().item(Response.seeOther(java.net.URI.create("/tra-cuu/"
                    + java.net.URLEncoder.encode(code.strip(), java.nio.charset.StandardCharsets.UTF_8))).build());
        }
        return html(Templates.search(null), 200);
    }

    @GET
    @Path("/{code}")
    @Operation(hidden = true)
    public Uni<Response> page(@PathParam("code") String code, @QueryParam("t") String token,
                              @HeaderParam("User-Agent") String userAgent, @Context HttpServerRequest request) {
        var redirect = miniApp.redirectFor(userAgent, code, token);
        if (redirect.isPresent()) {
            return Uni.createFrom().item(Response.status(302).location(redirect.get()).build());
        }
        rateLimit.check(clientAddress.of(request));
        return lookup.lookup(code, token)
                .flatMap(view -> html(Templates.page(view, DossierPageFormat.INSTANCE,
                        Boolean.FALSE.equals(view.tokenValid())), 200))
                .onFailure(ProblemException.class)
                .recoverWithUni(e -> ((ProblemException) e).status() == 404
                        ? html(Templates.notFound(code), 404)
                        : Uni.createFrom().failure(e));
    }

    private static Uni<Response> html(TemplateInstance template, int status) {
        return template.createUni().map(body -> Response.status(status).type(HTML).entity(body).build());
    }
}
