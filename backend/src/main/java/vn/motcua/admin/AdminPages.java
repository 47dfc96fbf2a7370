package vn.motcua.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.admin.auth.OfficerSessionRepository;
import vn.motcua.admin.auth.SessionCookieMechanism;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.dossier.DossierStatus;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * The officers' web admin (server-rendered, Vietnamese). Access needs a form login (see application
 * properties); every query is limited to the officer's agency subtree.
 */
@Path("/admin")
@Produces("text/html; charset=utf-8")
public class AdminPages {
    private static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed);

        static native TemplateInstance dashboard(List<ScopedDossierStore.StatusCount> counts, List<DossierStatus> statuses,
                                                 List<vn.motcua.zalo.alarm.ZaloAlarm> alarms);

        static native TemplateInstance dossiers(List<DossierListItem> items, DossierFilter filter,
                                                List<DossierStatus> statuses, List<ScopedAgencyStore.Agency> agencies, int page,
                                                boolean hasNext);

        static native TemplateInstance dossier(ScopedDossierDetailStore.AdminDossier dossier, List<DossierStatus> next,
                                               List<AdminNotification> notifications);
    }

    private final SecurityIdentity identity;
    private final ScopedDossierStore dossiers;
    private final ScopedDossierDetailStore detail;
    private final vn.motcua.notification.NotificationHistoryStore notifications;
    private final ScopedAgencyStore agencies;
    private final OfficerSessionRepository sessions;
    private final vn.motcua.zalo.alarm.ZaloAlarms alarms;

    public AdminPages(SecurityIdentity identity, ScopedDossierStore dossiers, ScopedDossierDetailStore detail,
                      vn.motcua.notification.NotificationHistoryStore notifications, ScopedAgencyStore agencies,
                      OfficerSessionRepository sessions, vn.motcua.zalo.alarm.ZaloAlarms alarms) {
        this.alarms = alarms;
        this.agencies = agencies;
        this.sessions = sessions;
        this.notifications = notifications;
        this.identity = identity;
        this.dossiers = dossiers;
        this.detail = detail;
    }

    @GET
    @Path("/login")
    @Operation(hidden = true)
    public Uni<String> login(@QueryParam("loi") String error) {
        return Templates.login(error != null).createUni();
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> dashboard() {
        return dossiers.countsByStatus(OfficerIdentities.agencyId(identity))
                .flatMap(counts -> Templates.dashboard(counts, statuses(), alarms.active()).createUni());
    }

    @GET
    @Path("/dossiers")
    @Operation(hidden = true)
    public Uni<String> list(@QueryParam("ma") String code, @QueryParam("ten") String name,
                            @QueryParam("sdt") String phone, @QueryParam("trangthai") String status,
                            @QueryParam("quahan") String overdue, @QueryParam("coquan") String agency,
                            @QueryParam("thutuc") String procedure, @QueryParam("hantrong") String dueWithin,
                            @QueryParam("trang") String page) {
        DossierFilter filter = new DossierFilter(code, name, phone, parseStatus(status), "1".equals(overdue),
                FormValues.blankToNull(agency), FormValues.blankToNull(procedure), parseDueWithin(dueWithin));
        int pageNumber = FormValues.page(page);
        long agencyId = OfficerIdentities.agencyId(identity);
        return agencies.list(agencyId).flatMap(choices -> dossiers.search(agencyId, filter, PAGE_SIZE, (pageNumber - 1) * PAGE_SIZE)
                .flatMap(items -> Templates.dossiers(items, filter, statuses(), choices, pageNumber,
                        items.size() == PAGE_SIZE).createUni()));
    }

    @GET
    @Path("/dossiers/{code}")
    @Operation(hidden = true)
    public Uni<String> dossier(@PathParam("code") String code) {
        return detail.find(OfficerIdentities.agencyId(identity), code)
                .flatMap(d -> notifications.forDossierCode(d.code()).flatMap(sent -> Templates.dossier(d,
                        List.copyOf(StatusTransitions.next(DossierStatus.of(d.status()))),
                        sent.stream().map(AdminNotification::of).toList()).createUni()));
    }

    @POST
    @Path("/logout")
    @Operation(hidden = true)
    public Uni<Response> logout() {
        NewCookie expired = new NewCookie.Builder(SessionCookieMechanism.COOKIE).path("/admin").maxAge(0).value("")
                .httpOnly(true).build();
        // the session ends on the server: a copy of the cookie kept anywhere is worthless from now on
        return sessions.end(OfficerIdentities.sessionId(identity))
                .replaceWith(Response.seeOther(URI.create("/admin/login")).cookie(expired).build());
    }

    private static List<DossierStatus> statuses() {
        return Arrays.asList(DossierStatus.values());
    }

    private static Integer parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        int code = parseInt(status, -1);
        if (DossierStatus.fromCode(code).isEmpty()) {
            throw ProblemException.badRequest("Trạng thái không hợp lệ: " + status);
        }
        return code;
    }

    private static Integer parseDueWithin(String days) {
        if (days == null || days.isBlank()) {
            return null;
        }
        int n = parseInt(days, -1);
        if (n < 1 || n > DossierFilter.MAX_DUE_WITHIN_DAYS) {
            throw ProblemException.badRequest("Số ngày đến hạn phải từ 1 đến " + DossierFilter.MAX_DUE_WITHIN_DAYS + ".");
        }
        return n;
    }

    private static int parseInt(String value, int fallback) {
        return FormValues.parseInt(value, fallback);
    }
}
