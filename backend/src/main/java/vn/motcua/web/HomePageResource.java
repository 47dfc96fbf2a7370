package vn.motcua.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.zalo.ZaloSettings;

/**
 * The root page: links for newcomers, and Zalo's domain verification meta tag when a code is configured (Zalo
 * only accepts webhook and Mini App URLs on a verified domain).
 */
@Path("/")
public class HomePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(String verificationCode, boolean sandbox);
    }

    private final ZaloSettings zalo;

    public HomePageResource(ZaloSettings zalo) {
        this.zalo = zalo;
    }

    @GET
    @Produces("text/html; charset=utf-8")
    @Operation(hidden = true)
    public TemplateInstance index() {
        return Templates.index(zalo.config().domainVerificationCode().map(String::strip).filter(c -> !c.isEmpty())
                .orElse(null), zalo.sandbox());
    }
}
