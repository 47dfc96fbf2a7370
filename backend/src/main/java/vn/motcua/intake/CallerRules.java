package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.agency.AgencyRepository;
import vn.motcua.dossier.Dossier;

import java.util.Objects;

/**
 * What an outside caller may change (issue 13, "Scopes"). A key is bound to a source system and an agency subtree:
 * <ul>
 * <li>a dossier of another source may be changed only when its agency lies in the key's subtree;</li>
 * <li>a dossier may be placed (created or moved) only in an agency of the key's subtree;</li>
 * <li>the applicant's phone or id number, which prove who may read the dossier, can be changed only by the source that
 *     created it: from any other source the record is refused, with the reason.</li>
 * </ul>
 * A key bound to the whole province (no agency) passes the first two; the third holds for every caller but the
 * product's own trusted paths. Must run inside the applier's transaction (it reads the agency tree).
 */
@ApplicationScoped
class CallerRules {
    private final AgencyRepository agencies;

    CallerRules(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    Uni<Void> check(IntakeCaller caller, Dossier existing, Long targetAgencyId, DossierUpdate u, String idHash) {
        if (caller.trusted()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> own = Uni.createFrom().voidItem();
        if (existing != null && !Objects.equals(caller.sourceSystem(), existing.sourceSystem)) {
            applicantUnchanged(existing, u, idHash);
            own = within(caller, existing.agencyId).invoke(inside -> {
                if (!inside) {
                    throw new RecordRejectedException("", "dossier " + existing.code + " was sent by another source "
                            + "system and lies outside the agencies this API key may change");
                }
            }).replaceWithVoid();
        }
        return own.flatMap(x -> targetAgencyId == null || caller.agencyScopeId() == null ? Uni.createFrom().voidItem()
                : within(caller, targetAgencyId).invoke(inside -> {
                    if (!inside) {
                        throw new RecordRejectedException(u.agencyField, "the agency is outside the agencies this "
                                + "API key may place dossiers in");
                    }
                }).replaceWithVoid());
    }

    /** Another source may repeat the applicant's phone and id number, never change them. */
    private static void applicantUnchanged(Dossier existing, DossierUpdate u, String idHash) {
        if (u.applicantPhone != null && !u.applicantPhone.equals(existing.applicantPhone)) {
            throw new RecordRejectedException(u.phoneField, "the applicant's phone can be changed only by the source "
                    + "system that sent the dossier (" + existing.sourceSystem + "); ask it, or an officer, to change it");
        }
        if (idHash != null && !idHash.equals(existing.applicantIdHash)) {
            throw new RecordRejectedException(u.idNumberField, "the applicant's id number can be changed only by the "
                    + "source system that sent the dossier (" + existing.sourceSystem + "); ask it, or an officer, to "
                    + "change it");
        }
    }

    private Uni<Boolean> within(IntakeCaller caller, Long agencyId) {
        if (caller.agencyScopeId() == null) {
            return Uni.createFrom().item(true);
        }
        return agencyId == null ? Uni.createFrom().item(false) : agencies.isWithin(caller.agencyScopeId(), agencyId);
    }
}
