package vn.motcua.agency;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;

/**
 * Finds the agency an intake record names, by code or by name; an unknown one becomes a placeholder
 * (reported back to the sender) so that no record is refused for it.
 */
@ApplicationScoped
public class AgencyResolver {
    private final AgencyRepository agencies;

    public AgencyResolver(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Must run inside the caller's transaction. Null when the record names no agency. */
    public Uni<Resolved> resolve(String code, String name) {
        if (code != null && !code.isBlank()) {
            String trimmed = code.strip().toUpperCase();
            return agencies.findByCode(trimmed).onItem().ifNull()
                    .switchTo(() -> createPlaceholder(trimmed, name == null ? trimmed : name))
                    .map(agency -> new Resolved(agency, agency.placeholder));
        }
        if (name != null && !name.isBlank()) {
            return agencies.findByName(name).onItem().ifNull()
                    .switchTo(() -> createPlaceholder("NAME-" + Hashing.sha256Hex(name.strip().toLowerCase())
                            .substring(0, 16).toUpperCase(), name.strip()))
                    .map(agency -> new Resolved(agency, agency.placeholder));
        }
        return Uni.createFrom().nullItem();
    }

    private Uni<Agency> createPlaceholder(String code, String name) {
        Agency agency = new Agency();
        agency.code = code;
        agency.name = name.strip();
        agency.placeholder = true;
        Log.infof("Creating placeholder agency %s (%s)", code, name);
        return agencies.persist(agency);
    }

    public record Resolved(Agency agency, boolean placeholder) {
    }
}
