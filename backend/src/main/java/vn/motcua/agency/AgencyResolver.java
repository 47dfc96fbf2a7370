package vn.motcua.agency;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;

/**
 * Finds the agency an intake record names, by code or by name. A name that matches no agency is placed under the
 * agency that sent the call (the national sync's {@code MaDinhDanhDV} / {@code madonvi}) when it is known; otherwise
 * an unknown agency becomes a placeholder (reported back to the sender) so that no record is refused for it.
 */
@ApplicationScoped
public class AgencyResolver {
    private final AgencyRepository agencies;

    public AgencyResolver(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Must run inside the caller's transaction. Null when the record names no agency. */
    public Uni<Resolved> resolve(String code, String name) {
        return resolve(code, name, null, true);
    }

    /**
     * Like {@link #resolve(String, String)}; {@code senderCode} is the sending agency's code (may be null). For a
     * dossier that already exists ({@code isNew} false) an unmatched name with a known sender keeps the dossier
     * where it is (null) rather than moving it to the sender.
     */
    public Uni<Resolved> resolve(String code, String name, String senderCode, boolean isNew) {
        return resolve(code, name, senderCode, isNew, null);
    }

    /**
     * Like {@link #resolve(String, String, String, boolean)}; a placeholder it creates is placed under
     * {@code placeholderParent} (the subtree the sending key is bound to), so that the key and that subtree's officers
     * keep seeing it.
     */
    public Uni<Resolved> resolve(String code, String name, String senderCode, boolean isNew, Long placeholderParent) {
        if (code != null && !code.isBlank()) {
            String trimmed = code.strip().toUpperCase();
            return agencies.findByCode(trimmed).onItem().ifNull()
                    .switchTo(() -> createPlaceholder(trimmed, name == null ? trimmed : name, placeholderParent))
                    .map(agency -> new Resolved(agency, agency.placeholder, null));
        }
        Uni<Agency> sender = senderCode == null ? Uni.createFrom().nullItem() : agencies.findByCode(senderCode);
        if (name != null && !name.isBlank()) {
            return agencies.findByName(name).flatMap(found -> found != null
                    ? Uni.createFrom().item(new Resolved(found, found.placeholder, null))
                    : sender.flatMap(from -> from == null ? placeholderFor(name, placeholderParent)
                    : Uni.createFrom().item(isNew
                    ? new Resolved(from, from.placeholder, "agency '" + name.strip() + "' is unknown: placed under the "
                    + "sending agency " + from.code + " (" + from.name + ")")
                    : new Resolved(null, false, "agency '" + name.strip() + "' is unknown: the dossier stays where it is"))));
        }
        if (!isNew) {
            return Uni.createFrom().nullItem();
        }
        // a new dossier that names no agency goes to the sending agency, else to the subtree of the sending key
        return sender.flatMap(from -> from != null || placeholderParent == null ? Uni.createFrom().item(from)
                        : agencies.findById(placeholderParent))
                .map(found -> found == null ? null : new Resolved(found, found.placeholder, null));
    }

    private Uni<Resolved> placeholderFor(String name, Long parent) {
        return createPlaceholder("NAME-" + Hashing.sha256Hex(name.strip().toLowerCase()).substring(0, 16).toUpperCase(),
                name.strip(), parent).map(agency -> new Resolved(agency, agency.placeholder, null));
    }

    private Uni<Agency> createPlaceholder(String code, String name, Long parent) {
        return agencies.findByCode(code).onItem().ifNull().switchTo(() -> {
            Agency agency = new Agency();
            agency.code = code;
            agency.name = name.strip();
            agency.placeholder = true;
            agency.parentId = parent;
            Log.infof("Creating placeholder agency %s (%s)", code, name);
            return agencies.persist(agency);
        });
    }

    /**
     * The agency found ({@code agency} null when the dossier keeps its agency), whether it is a placeholder, and a
     * note for the sender when the record's agency was not taken as sent.
     */
    public record Resolved(Agency agency, boolean placeholder, String note) {
    }
}
