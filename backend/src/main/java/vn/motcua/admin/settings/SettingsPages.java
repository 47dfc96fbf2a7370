package vn.motcua.admin.settings;

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
import vn.motcua.intake.ApiKeyStore;

import java.net.URI;
import java.util.List;

/**
 * The administrator's settings: the Zalo connection, integrators' API keys, holidays, the agency tree, the Zalo
 * template of each message kind (read only) and the way to the procedure catalogue.
 */
@Path("/admin/settings")
@Produces("text/html; charset=utf-8")
@RolesAllowed(Officer.ADMINISTRATOR)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SettingsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(ZaloConnection.State zalo,
                                                List<ApiKeyStore.Key> keys, List<HolidayStore.Holiday> holidays,
                                                List<ScopedAgencyStore.Agency> agencies, List<TemplateMappings.Mapping> templates);

        static native TemplateInstance newKey(String sourceSystem, String key);

        static native TemplateInstance templateCheck(TemplateCheck.Result result);
    }

    private final SecurityIdentity identity;
    private final ZaloConnection zalo;
    private final ApiKeys keys;
    private final HolidayStore holidays;
    private final ScopedAgencyStore agencies;
    private final TemplateMappings templates;
    private final TemplateCheck check;

    public SettingsPages(SecurityIdentity identity, ZaloConnection zalo, ApiKeys keys, HolidayStore holidays,
                         ScopedAgencyStore agencies, TemplateMappings templates, TemplateCheck check) {
        this.check = check;
        this.templates = templates;
        this.identity = identity;
        this.zalo = zalo;
        this.keys = keys;
        this.holidays = holidays;
        this.agencies = agencies;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> settings() {
        return zalo.state().flatMap(state -> keys.list().flatMap(k -> holidays.list().flatMap(h ->
                agencies.list(OfficerIdentities.agencyId(identity)).flatMap(a ->
                        Templates.settings(state, k, h, a, templates.list()).createUni()))));
    }

    /** A kind's mapping beside the template Zalo approved (read from Zalo's template-info endpoint). */
    @GET
    @RolesAllowed(Officer.PROVINCE_ADMINISTRATOR)
    @Path("/templates/{kind}/check")
    @Operation(hidden = true)
    public Uni<String> checkTemplate(@PathParam("kind") String kind) {
        if (templates.list().stream().noneMatch(m -> m.kind().equals(kind))) {
            throw vn.motcua.common.problem.ProblemException.notFound("Không tìm thấy", "Không có loại thông báo này.");
        }
        return check.check(kind).flatMap(result -> Templates.templateCheck(result).createUni());
    }

    @POST
    @RolesAllowed(Officer.PROVINCE_ADMINISTRATOR)
    @Path("/api-keys")
    @Operation(hidden = true)
    public Uni<String> createKey(@FormParam("hethong") String sourceSystem,
                                 @FormParam("donvi") String agency) {
        String source = FormValues.required(sourceSystem, "tên hệ thống tích hợp", 100);
        // empty: the whole province; else the subtree of the chosen agency
        int agencyId = FormValues.blankToNull(agency) == null ? 0 : FormValues.parseInt(agency, -1);
        if (agencyId < 0) {
            throw vn.motcua.common.problem.ProblemException.badRequest("Đơn vị không hợp lệ.");
        }
        return keys.create(identity, source, agencyId == 0 ? null : (long) agencyId)
                .flatMap(key -> Templates.newKey(source, key).createUni());
    }

    @POST
    @RolesAllowed(Officer.PROVINCE_ADMINISTRATOR)
    @Path("/api-keys/{id}/revoke")
    @Operation(hidden = true)
    public Uni<Response> revokeKey(@PathParam("id") long id) {
        return keys.revoke(identity, id).map(x -> back("khoa"));
    }

    static Response back(String anchor) {
        return Response.seeOther(URI.create("/admin/settings#" + anchor)).build();
    }
}
