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

    /** Whether {@code agencyId} is {@code rootId} or lies below it, through parents or mergers. */
    public Uni<Boolean> isWithin(long rootId, long agencyId) {
        return io.quarkus.hibernate.reactive.panache.Panache.getSession().flatMap(session -> session.createNativeQuery(WITHIN)
                .setParameter(1, rootId).setParameter(2, agencyId).getSingleResult()
                .map(count -> ((Number) count).longValue() > 0));
    }

    private static final String WITHIN = """
            with recursive scope(id) as (
                select cast(?1 as bigint)
                union
                select a.id from agency a join scope s on a.parent_id = s.id or a.replaced_by_id = s.id
            )
            select count(*) from scope where id = ?2""";

    public Uni<Agency> findByName(String name) {
        return find("lower(name) = lower(?1)", name.strip()).firstResult();
    }
}
