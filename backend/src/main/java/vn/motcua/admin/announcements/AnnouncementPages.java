package vn.motcua.admin.announcements;

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
import vn.motcua.admin.AdminUser;
import vn.motcua.admin.CsrfTokens;
import vn.motcua.admin.ScopedAgencies;
import vn.motcua.admin.auth.Officer;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.admin.AdminFormat;

import java.net.URI;
import java.util.List;

/** Announcements to citizens (Mini App news, the bot's "tin tức"): written, published and withdrawn by supervisors. */
@Path("/admin/announcements")
@Produces("text/html; charset=utf-8")
@RolesAllowed(Officer.SUPERVISOR)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AnnouncementPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance announcements(AdminUser officer, String csrf, List<AnnouncementRow> items,
                                                     List<ScopedAgencies.Agency> agencies, AdminFormat format);

        static native TemplateInstance edit(AdminUser officer, String csrf, AnnouncementRow item,
                                            List<ScopedAgencies.Agency> agencies, AdminFormat format);
    }

    private final SecurityIdentity identity;
    private final CsrfTokens csrf;
    private final AnnouncementService service;
    private final ScopedAgencies agencies;

    public AnnouncementPages(SecurityIdentity identity, CsrfTokens csrf, AnnouncementService service, ScopedAgencies agencies) {
        this.identity = identity;
        this.csrf = csrf;
        this.service = service;
        this.agencies = agencies;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> list() {
        return service.list(identity).flatMap(items -> agencies.list(OfficerIdentities.agencyId(identity))
                .flatMap(scope -> Templates.announcements(AdminUser.of(identity), csrf.tokenFor(identity), items, scope,
                        AdminFormat.INSTANCE).createUni()));
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Uni<String> edit(@PathParam("id") long id) {
        return service.find(identity, id).flatMap(item -> agencies.list(OfficerIdentities.agencyId(identity))
                .flatMap(scope -> Templates.edit(AdminUser.of(identity), csrf.tokenFor(identity), item, scope,
                        AdminFormat.INSTANCE).createUni()));
    }

    @POST
    @Operation(hidden = true)
    public Uni<Response> create(@FormParam("csrf") String token, @FormParam("tieude") String title,
                                @FormParam("noidung") String body, @FormParam("donvi") String agencyId,
                                @FormParam("hethan") String expiresAt) {
        csrf.verify(identity, token);
        return service.create(identity, AnnouncementForm.of(title, body, agencyId, expiresAt)).map(id -> back());
    }

    @POST
    @Path("/{id}")
    @Operation(hidden = true)
    public Uni<Response> update(@PathParam("id") long id, @FormParam("csrf") String token, @FormParam("tieude") String title,
                                @FormParam("noidung") String body, @FormParam("donvi") String agencyId,
                                @FormParam("hethan") String expiresAt) {
        csrf.verify(identity, token);
        return service.update(identity, id, AnnouncementForm.of(title, body, agencyId, expiresAt)).map(x -> back());
    }

    @POST
    @Path("/{id}/publish")
    @Operation(hidden = true)
    public Uni<Response> publish(@PathParam("id") long id, @FormParam("csrf") String token) {
        csrf.verify(identity, token);
        return service.publish(identity, id, true).map(x -> back());
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(hidden = true)
    public Uni<Response> unpublish(@PathParam("id") long id, @FormParam("csrf") String token) {
        csrf.verify(identity, token);
        return service.publish(identity, id, false).map(x -> back());
    }

    @POST
    @Path("/{id}/delete")
    @Operation(hidden = true)
    public Uni<Response> delete(@PathParam("id") long id, @FormParam("csrf") String token) {
        csrf.verify(identity, token);
        return service.delete(identity, id).map(x -> back());
    }

    private static Response back() {
        return Response.seeOther(URI.create("/admin/announcements")).build();
    }
}
