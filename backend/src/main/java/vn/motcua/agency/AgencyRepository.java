package vn.motcua.agency;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class AgencyRepository implements PanacheRepositoryBase<Agency, Long> {

    public Uni<Agency> findByCode(String code) {
        return find("code", code).firstResult();
    }

    public Uni<Agency> findByName(String name) {
        return find("lower(name) = lower(?1)", name.strip()).firstResult();
    }
}
