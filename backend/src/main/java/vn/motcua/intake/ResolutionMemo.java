package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import vn.motcua.agency.AgencyResolver;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.procedure.ProcedureResolver;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the records of one transaction resolved their dossier, agency and procedure to. A batch names the same few
 * agencies and procedures again and again, and within one transaction the answer cannot change but by our own hand (a
 * placeholder created for the first record is what the next one would find), so each is looked up once. The
 * transaction's dossiers are locked and read in one statement up front instead of one per record, and held detached
 * from the session: what the records change is written at the end ({@link PendingRows}).
 */
final class ResolutionMemo {
    private final Map<List<Object>, Object> resolved = new HashMap<>();
    /** Dossiers by code, locked by this transaction; a code mapped to null has no dossier yet. */
    private final Map<String, Dossier> dossiers = new HashMap<>();

    /** Locks and remembers the dossiers of these codes (and that the others do not exist yet). */
    Uni<Void> lockDossiers(DossierRepository repository, Collection<String> codes) {
        return repository.lockDetached(codes).invoke(found -> {
            codes.forEach(code -> dossiers.put(code, null));
            found.forEach(this::rememberDossier);
        }).replaceWithVoid();
    }

    /** The dossier of this code, locked: remembered, or read and locked now. Null when there is none. */
    Uni<Dossier> dossier(DossierRepository repository, String code) {
        if (dossiers.containsKey(code)) {
            return Uni.createFrom().item(dossiers.get(code));
        }
        return repository.lockDetached(code).invoke(found -> dossiers.put(code, found));
    }

    /** A dossier this transaction locked or inserted: the next record with its code finds it. */
    void rememberDossier(Dossier dossier) {
        dossiers.put(dossier.code, dossier);
    }

    /** {@link AgencyResolver#resolve(String, String, String, boolean, Long)}, once per set of arguments. */
    Uni<AgencyResolver.Resolved> agency(AgencyResolver resolver, String code, String name, String senderCode,
                                        boolean isNew, Long placeholderParent) {
        return remember(() -> resolver.resolve(code, name, senderCode, isNew, placeholderParent),
                "agency", code, name, senderCode, isNew, placeholderParent);
    }

    /** {@link ProcedureResolver#resolve(String, String, String, String)}, once per set of arguments. */
    Uni<ProcedureResolver.Resolved> procedure(ProcedureResolver resolver, String code, String name, String fieldCode,
                                              String fieldName) {
        return remember(() -> resolver.resolve(code, name, fieldCode, fieldName),
                "procedure", code, name, fieldCode, fieldName);
    }

    /** The remembered answer for these arguments, or {@code lookup}'s, remembered (a null answer too). */
    @SuppressWarnings("unchecked")
    private <T> Uni<T> remember(Supplier<Uni<T>> lookup, Object... arguments) {
        List<Object> key = Arrays.asList(arguments);
        if (resolved.containsKey(key)) {
            return Uni.createFrom().item((T) resolved.get(key));
        }
        return lookup.get().invoke(answer -> resolved.put(key, answer));
    }
}
