package vn.motcua.admin.performance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The Decision 766 dashboard: on-time figures per agency of the officer's subtree and month, ratings, and the
 * notifications sent to citizens about those dossiers per channel and outcome, with their estimated cost.
 */
@Path("/admin/dashboard")
@Produces("text/html; charset=utf-8")
public class PerformancePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String from, String to, List<OnTimeRow> rows, OnTimeRow total,
                                                 OnTimeReport.Ratings ratings, NotificationReportStore.Summary notifications);
    }

    private final SecurityIdentity identity;
    private final OnTimeReport report;
    private final NotificationReportStore notifications;

    public PerformancePages(SecurityIdentity identity, OnTimeReport report, NotificationReportStore notifications) {
        this.identity = identity;
        this.report = report;
        this.notifications = notifications;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> dashboard(@QueryParam("tu") String fromText, @QueryParam("den") String toText) {
        YearMonth to = month(toText, YearMonth.now(VietnamTime.ZONE), "Tháng kết thúc");
        YearMonth from = month(fromText, to.minusMonths(11), "Tháng bắt đầu");
        if (from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw ProblemException.badRequest("Khoảng thời gian không hợp lệ (tháng bắt đầu trước tháng kết thúc, tối đa 5 năm).");
        }
        long agencyId = OfficerIdentities.agencyId(identity);
        return report.onTime(agencyId, from, to).flatMap(rows -> report.ratings(agencyId, from, to)
                .flatMap(ratings -> notifications.byChannel(agencyId, from, to)
                        .flatMap(sent -> Templates.dashboard(from.toString(), to.toString(), rows, total(rows), ratings,
                                sent).createUni())));
    }

    private static OnTimeRow total(List<OnTimeRow> rows) {
        return new OnTimeRow("Tổng cộng", "", rows.stream().mapToLong(OnTimeRow::early).sum(),
                rows.stream().mapToLong(OnTimeRow::onTime).sum(), rows.stream().mapToLong(OnTimeRow::late).sum(),
                rows.stream().mapToLong(OnTimeRow::inProgress).sum());
    }

    private static YearMonth month(String value, YearMonth fallback, String what) {
        try {
            return value == null || value.isBlank() ? fallback : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(what + " không hợp lệ (định dạng năm-tháng, vd. 2026-10).");
        }
    }
}
