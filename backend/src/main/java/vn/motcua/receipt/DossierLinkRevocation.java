package vn.motcua.receipt;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.dossier.DossierRepository;

/** Revokes every link and QR code issued for one dossier (a lost receipt, say) and signs a new one. */
@ApplicationScoped
public class DossierLinkRevocation {
    private final DossierRepository dossiers;
    private final DossierLinks links;

    public DossierLinkRevocation(DossierRepository dossiers, DossierLinks links) {
        this.dossiers = dossiers;
        this.links = links;
    }

    /** The canonical code must come from a lookup (aliases and old codes already resolved). */
    @WithTransaction
    public Uni<DossierLinks.Link> revoke(String canonicalCode) {
        return dossiers.findByCodeForUpdate(canonicalCode).map(d -> {
            d.tokenGeneration++;
            return links.forDossier(d.code, d.tokenGeneration);
        });
    }
}
