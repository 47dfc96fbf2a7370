package vn.motcua.admin.settings;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.admin.FormValues;
import vn.motcua.admin.auth.Officer;
import vn.motcua.common.problem.ProblemException;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** The settings' forms for holidays and the agency tree (add, rename, merge). */
@Path("/admin/settings")
@RolesAllowed(Officer.ADMINISTRATOR)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SettingsActions {
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{1,39}");
    private final SecurityIdentity identity;
    private final HolidayStore holidays;
    private final AgencyTreeStore agencies;
    private final AgencyMergeStore merger;

    public SettingsActions(SecurityIdentity identity, HolidayStore holidays, AgencyTreeStore agencies,
                           AgencyMergeStore merger) {
        this.identity = identity;
        this.holidays = holidays;
        this.agencies = agencies;
        this.merger = merger;
    }

    @POST
    @RolesAllowed(Officer.PROVINCE_ADMINISTRATOR)
    @Path("/holidays")
    @Operation(hidden = true)
    public Uni<Response> addHoliday(@FormParam("ngay") String day, @FormParam("ten") String name,
                                    @FormParam("loai") String kind) {
        LocalDate date = FormValues.date(FormValues.required(day, "ngày nghỉ"), "ngày nghỉ");
        // "lambu": a Saturday or Sunday worked in exchange for a weekday off; anything else is a day off
        boolean working = "lambu".equals(kind);
        return holidays.add(identity, date, FormValues.required(name, working ? "tên ngày làm bù" : "tên ngày nghỉ", 200), working)
                .map(x -> SettingsPages.back("ngaynghi"));
    }

    @POST
    @RolesAllowed(Officer.PROVINCE_ADMINISTRATOR)
    @Path("/holidays/{day}/delete")
    @Operation(hidden = true)
    public Uni<Response> deleteHoliday(@PathParam("day") String day) {
        return holidays.delete(identity, FormValues.date(day, "ngày nghỉ")).map(x -> SettingsPages.back("ngaynghi"));
    }

    @POST
    @Path("/agencies")
    @Operation(hidden = true)
    public Uni<Response> addAgency(@FormParam("cha") String parentId,
                                   @FormParam("ma") String code, @FormParam("ten") String name) {
        String agencyCode = FormValues.required(code, "mã đơn vị", 40);
        if (!AGENCY_CODE.matcher(agencyCode).matches()) {
            throw ProblemException.badRequest("Mã đơn vị chỉ gồm chữ, số, dấu chấm và gạch ngang (vd. 000.12.00.H36).");
        }
        int parent = FormValues.parseInt(parentId, -1);
        if (parent <= 0) {
            throw ProblemException.badRequest("Vui lòng chọn đơn vị cấp trên.");
        }
        return agencies.add(identity, parent, agencyCode, FormValues.required(name, "tên đơn vị", 300))
                .map(x -> SettingsPages.back("donvi"));
    }

    @POST
    @Path("/agencies/{id}/rename")
    @Operation(hidden = true)
    public Uni<Response> rename(@PathParam("id") long id, @FormParam("ten") String name) {
        return agencies.rename(identity, id, FormValues.required(name, "tên đơn vị", 300)).map(x -> SettingsPages.back("donvi"));
    }

    @POST
    @Path("/agencies/merge")
    @Operation(hidden = true)
    public Uni<Response> merge(@FormParam("donvi") String agencyId,
                               @FormParam("vao") String successorId) {
        int merged = FormValues.parseInt(agencyId, -1);
        int into = FormValues.parseInt(successorId, -1);
        if (merged <= 0 || into <= 0) {
            throw ProblemException.badRequest("Vui lòng chọn đơn vị được sáp nhập và đơn vị nhận sáp nhập.");
        }
        return merger.merge(identity, merged, into).map(x -> SettingsPages.back("donvi"));
    }
}
