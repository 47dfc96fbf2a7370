package vn.motcua.admin.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.admin.FormValues;
import vn.motcua.admin.auth.Officer;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.problem.ProblemException;

import java.util.List;

/** The audit log for supervisors: who changed what, filtered by officer, action and date, 50 lines a page. */
@Path("/admin/audit")
@Produces("text/html; charset=utf-8")
@RolesAllowed(Officer.SUPERVISOR)
public class AuditPages {
    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<AuditEntry> entries, AuditFilter filter, int page, boolean more);
    }

    private final SecurityIdentity identity;
    private final AuditLogStore log;

    public AuditPages(SecurityIdentity identity, AuditLogStore log) {
        this.identity = identity;
        this.log = log;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> audit(@QueryParam("canbo") String username, @QueryParam("hanhdong") String action,
                             @QueryParam("tu") String from, @QueryParam("den") String to, @QueryParam("trang") String page) {
        AuditFilter filter = new AuditFilter(FormValues.blankToNull(username), FormValues.blankToNull(action),
                FormValues.date(from, "ngày bắt đầu"), FormValues.date(to, "ngày kết thúc"));
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw ProblemException.badRequest("Ngày bắt đầu phải trước ngày kết thúc.");
        }
        int pageNumber = FormValues.page(page);
        return log.search(OfficerIdentities.agencyId(identity), identity.hasRole(Officer.PROVINCE_ADMINISTRATOR), filter,
                        PAGE_SIZE + 1, (pageNumber - 1) * PAGE_SIZE)
                .flatMap(entries -> Templates.audit(entries.subList(0, Math.min(PAGE_SIZE, entries.size())), filter,
                        pageNumber, entries.size() > PAGE_SIZE).createUni());
    }
}
