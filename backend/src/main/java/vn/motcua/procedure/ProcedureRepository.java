package vn.motcua.procedure;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
@WithSession
public class ProcedureRepository implements PanacheRepositoryBase<Procedure, Long> {

    public Uni<Procedure> findByCode(String code) {
        return find("code", code).firstResult();
    }

    /** Every word of the folded query must appear in the folded name or field. */
    public Uni<List<Procedure>> search(List<String> foldedWords, int limit) {
        StringBuilder where = new StringBuilder("placeholder = false");
        Object[] params = new Object[foldedWords.size()];
        for (int i = 0; i < foldedWords.size(); i++) {
            where.append(" and searchText like ?").append(i + 1);
            params[i] = "%" + foldedWords.get(i).replace("%", "").replace("_", "") + "%";
        }
        return find(where.toString(), Sort.by("name"), params).page(Page.ofSize(limit)).list();
    }
}
