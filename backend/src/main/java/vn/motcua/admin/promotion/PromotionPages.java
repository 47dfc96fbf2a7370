package vn.motcua.admin.promotion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.admin.auth.OfficerIdentities;

/**
 * Printable posters and desk standees for the one-stop desk (any officer): two QR codes, one to follow the
 * Official Account and one to open the Mini App, with a short how-to and the name of the officer's agency.
 */
@Path("/admin/promotion")
@Produces("text/html; charset=utf-8")
public class PromotionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance promotion(PromotionMaterial.Material material,
                                                 PrintOptions print);
    }

    private final SecurityIdentity identity;
    private final PromotionMaterial material;

    public PromotionPages(SecurityIdentity identity, PromotionMaterial material) {
        this.identity = identity;
        this.material = material;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> promotion(@QueryParam("kho") String paper, @QueryParam("mau") String layout) {
        PrintOptions print = PrintOptions.parse(paper, layout);
        return material.forAgency(OfficerIdentities.agencyId(identity))
                .flatMap(m -> Templates.promotion(m, print).createUni());
    }
}
