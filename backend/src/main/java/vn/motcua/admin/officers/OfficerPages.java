package vn.motcua.admin.officers;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.admin.FormValues;
import vn.motcua.admin.ScopedAgencyStore;
import vn.motcua.admin.auth.Officer;
import vn.motcua.admin.auth.OfficerIdentities;

import java.net.URI;
import java.util.List;

/** Officer management for administrators, limited to their agency subtree. */
@Path("/admin/officers")
@Produces("text/html; charset=utf-8")
@RolesAllowed(Officer.ADMINISTRATOR)
public class OfficerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance officers(List<OfficerRow> officers, List<ScopedAgencyStore.Agency> agencies,
                                                List<String> roles);

        static native TemplateInstance password(String username, String password);
    }

    private final SecurityIdentity identity;
    private final OfficerAdminService service;
    private final ScopedAgencyStore agencies;

    public OfficerPages(SecurityIdentity identity, OfficerAdminService service, ScopedAgencyStore agencies) {
        this.identity = identity;
        this.service = service;
        this.agencies = agencies;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> list() {
        long agencyId = OfficerIdentities.agencyId(identity);
        return service.list(agencyId).flatMap(officers -> agencies.list(agencyId)
                .flatMap(scope -> Templates.officers(officers, scope, Roles.ALL).createUni()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<String> create(@FormParam("username") String username,
                              @FormParam("hoten") String fullName, @FormParam("vaitro") String role,
                              @FormParam("donvi") String agencyId, @FormParam("matkhau") String password) {
        var form = new OfficerAdminService.NewOfficer(FormValues.required(username, "tên đăng nhập", 100),
                FormValues.required(fullName, "họ tên", 200), Roles.valid(role), id(agencyId, "đơn vị"),
                FormValues.blankToNull(password));
        return service.create(identity, form)
                .flatMap(initial -> Templates.password(form.username().toLowerCase(), initial).createUni());
    }

    @POST
    @Path("/{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> changeRole(@PathParam("id") long id, @FormParam("vaitro") String role, @FormParam("donvi") String agencyId) {
        return service.changeRole(identity, id, Roles.valid(role), id(agencyId, "đơn vị")).map(x -> back());
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(hidden = true)
    public Uni<Response> deactivate(@PathParam("id") long id) {
        return service.setActive(identity, id, false).map(x -> back());
    }

    @POST
    @Path("/{id}/activate")
    @Operation(hidden = true)
    public Uni<Response> activate(@PathParam("id") long id) {
        return service.setActive(identity, id, true).map(x -> back());
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(hidden = true)
    public Uni<Response> unlock(@PathParam("id") long id) {
        return service.unlock(identity, id).map(x -> back());
    }

    @POST
    @Path("/{id}/password")
    @Operation(hidden = true)
    public Uni<String> resetPassword(@PathParam("id") long id, @FormParam("matkhau") String password) {
        return service.find(OfficerIdentities.agencyId(identity), id).flatMap(o -> service.resetPassword(identity, id,
                FormValues.blankToNull(password)).flatMap(p -> Templates.password(o.username(), p).createUni()));
    }

    static long id(String value, String what) {
        int parsed = FormValues.parseInt(value, -1);
        if (parsed <= 0) {
            throw vn.motcua.common.problem.ProblemException.badRequest("Vui lòng chọn " + what + ".");
        }
        return parsed;
    }

    private static Response back() {
        return Response.seeOther(URI.create("/admin/officers")).build();
    }
}
