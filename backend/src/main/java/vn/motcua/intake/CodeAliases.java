package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierCode;
import vn.motcua.dossier.DossierCodeAlias;
import vn.motcua.dossier.DossierRepository;

import java.util.List;

/**
 * Records the other codes a sender gives for a dossier, so that the code on the citizen's receipt finds it. An alias
 * never takes a code from another dossier, and one too short to identify a dossier is not recorded (a bare receipt
 * number like "42" would let anyone stumble on a stranger's dossier).
 */
@ApplicationScoped
class CodeAliases {
    static final int MIN_KEY_LENGTH = 8;

    private final DossierRepository dossiers;

    CodeAliases(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    /** Must run inside the caller's transaction; adds a warning per alias not recorded. Returns true on a change. */
    Uni<Boolean> record(Dossier d, List<DossierUpdate.Alias> aliases, List<String> warnings) {
        if (aliases == null || aliases.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        Uni<Boolean> chain = Uni.createFrom().item(false);
        for (DossierUpdate.Alias alias : aliases) {
            chain = chain.flatMap(changed -> one(d, alias, warnings).map(added -> changed | added));
        }
        return chain;
    }

    private Uni<Boolean> one(Dossier d, DossierUpdate.Alias alias, List<String> warnings) {
        String key = DossierCode.lookupKey(alias.code());
        if (key.equals(d.lookupKey)) {
            return Uni.createFrom().item(false);
        }
        if (key.length() < MIN_KEY_LENGTH) {
            warnings.add("other code '" + alias.code() + "' is too short to identify a dossier: not recorded");
            return Uni.createFrom().item(false);
        }
        return DossierCodeAlias.<DossierCodeAlias>findById(key).flatMap(existing -> {
            if (existing != null) {
                if (!existing.dossierId.equals(d.id)) {
                    warnings.add("other code '" + alias.code() + "' already belongs to another dossier: not recorded");
                }
                return Uni.createFrom().item(false);
            }
            return dossiers.otherHasLookupKey(key, d.id).flatMap(taken -> {
                if (taken) {
                    warnings.add("other code '" + alias.code() + "' is another dossier's code: not recorded");
                    return Uni.createFrom().item(false);
                }
                DossierCodeAlias added = new DossierCodeAlias();
                added.aliasKey = key;
                added.aliasCode = alias.code();
                added.dossierId = d.id;
                added.kind = alias.kind();
                added.createdAt = VietnamTime.now();
                return added.persist().replaceWith(true);
            });
        });
    }
}
