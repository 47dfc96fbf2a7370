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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.admin.FormValues;
import vn.motcua.admin.ScopedAgencyStore;
import vn.motcua.admin.auth.Officer;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.announcement.AnnouncementCategory;
import vn.motcua.announcement.AnnouncementMessage;

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
        static native TemplateInstance announcements(List<AnnouncementRow> items, List<ScopedAgencyStore.Agency> agencies,
                                                     List<AnnouncementCategory> categories);

        static native TemplateInstance edit(AnnouncementRow item, List<ScopedAgencyStore.Agency> agencies,
                                            List<AnnouncementCategory> categories, String zaloText, int zaloLength,
                                            List<PushCount> pushes, Integer queued);
    }

    private final SecurityIdentity identity;
    private final AnnouncementService service;
    private final ScopedAgencyStore agencies;

    public AnnouncementPages(SecurityIdentity identity, AnnouncementService service, ScopedAgencyStore agencies) {
        this.identity = identity;
        this.service = service;
        this.agencies = agencies;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> list() {
        return service.list(identity).flatMap(items -> agencies.list(OfficerIdentities.agencyId(identity))
                .flatMap(scope -> Templates.announcements(items, scope, List.of(AnnouncementCategory.values())).createUni()));
    }

    /** The form, the preview (the Mini App card and the exact Zalo message) and the push to followers. */
    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Uni<String> edit(@PathParam("id") long id, @QueryParam("dagui") String queued) {
        Integer justQueued = queued == null ? null : FormValues.parseInt(queued, 0);
        return service.find(identity, id).flatMap(item -> agencies.list(OfficerIdentities.agencyId(identity))
                .flatMap(scope -> service.pushCounts(id).flatMap(counts -> {
                    String text = AnnouncementMessage.text(item.category(), item.title(), item.body());
                    return Templates.edit(item, scope, List.of(AnnouncementCategory.values()), text,
                            text.codePointCount(0, text.length()), PushCount.of(counts), justQueued).createUni();
                })));
    }

    @POST
    @Path("/{id}/push")
    @Operation(hidden = true)
    public Uni<Response> push(@PathParam("id") long id) {
        return service.push(identity, id).map(queued -> Response.seeOther(
                URI.create("/admin/announcements/" + id + "?dagui=" + queued + "#guitin")).build());
    }

    @POST
    @Operation(hidden = true)
    public Uni<Response> create(@FormParam("tieude") String title,
                                @FormParam("noidung") String body, @FormParam("donvi") String agencyId,
                                @FormParam("hethan") String expiresAt, @FormParam("chuyenmuc") String category) {
        return service.create(identity, AnnouncementForm.of(title, body, agencyId, expiresAt, category))
                .map(id -> Response.seeOther(URI.create("/admin/announcements/" + id + "#xemtruoc")).build());
    }

    @POST
    @Path("/{id}")
    @Operation(hidden = true)
    public Uni<Response> update(@PathParam("id") long id, @FormParam("tieude") String title,
                                @FormParam("noidung") String body, @FormParam("donvi") String agencyId,
                                @FormParam("hethan") String expiresAt, @FormParam("chuyenmuc") String category) {
        return service.update(identity, id, AnnouncementForm.of(title, body, agencyId, expiresAt, category))
                .map(x -> Response.seeOther(URI.create("/admin/announcements/" + id + "#xemtruoc")).build());
    }

    @POST
    @Path("/{id}/publish")
    @Operation(hidden = true)
    public Uni<Response> publish(@PathParam("id") long id) {
        return service.publish(identity, id, true)
                .map(x -> Response.seeOther(URI.create("/admin/announcements/" + id + "#guitin")).build());
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(hidden = true)
    public Uni<Response> unpublish(@PathParam("id") long id) {
        return service.publish(identity, id, false).map(x -> back());
    }

    @POST
    @Path("/{id}/delete")
    @Operation(hidden = true)
    public Uni<Response> delete(@PathParam("id") long id) {
        return service.delete(identity, id).map(x -> back());
    }

    private static Response back() {
        return Response.seeOther(URI.create("/admin/announcements")).build();
    }
}
