package vn.motcua.receipt;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.agency.AgencyRepository;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.dossier.Dossier;
import vn.motcua.intake.IntakeCaller;

import java.util.Objects;

/**
 * Which dossiers' links an API key may have (issue 13, "Scopes"). A link carries the access token that opens the
 * applicant's full detail, and revoking it voids the citizen's printed QR code: so a key reaches a dossier's link
 * exactly where it may change the dossier (the intake's rule): its own source's dossiers, and any dossier of its agency
 * subtree; a key bound to the whole province reaches every dossier.
 */
@ApplicationScoped
public class IntegrationReach {
    private final AgencyRepository agencies;

    public IntegrationReach(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Fails with a 403 problem when {@code caller} may not have the link of the dossier {@code dossierId}. */
    @WithSession
    public Uni<Void> check(IntakeCaller caller, long dossierId) {
        if (caller == null) {
            return Uni.createFrom().failure(ProblemException.unauthorized("A valid API key is required."));
        }
        if (caller.trusted() || caller.agencyScopeId() == null) {
            return Uni.createFrom().voidItem();
        }
        return Dossier.<Dossier>findById(dossierId).flatMap(d -> {
            if (d == null || Objects.equals(d.sourceSystem, caller.sourceSystem())) {
                return Uni.createFrom().voidItem();
            }
            Uni<Boolean> inside = d.agencyId == null ? Uni.createFrom().item(false)
                    : agencies.isWithin(caller.agencyScopeId(), d.agencyId);
            return inside.invoke(yes -> {
                if (!yes) {
                    throw ProblemException.forbidden("Ngoài phạm vi khóa API", "This dossier was sent by another "
                            + "source system and lies outside the agencies this API key is bound to: its link and QR "
                            + "code are for the one-stop system that holds it.");
                }
            }).replaceWithVoid();
        });
    }
}
