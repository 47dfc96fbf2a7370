package vn.motcua.lookup;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.motcua.common.Masking;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ResultDelivery;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public answer about a dossier: what anyone holding the code may see (Law 91/2025: the minimum), plus
 * {@code detail} for the applicant who proved who they are. {@code clockPaused}: a supplement request is pending, the
 * processing time stands still, and the dossier is never called overdue meanwhile.
 */
public record DossierView(String code, ProcedureRef procedure, String agency, String agencyPhone, StatusView status,
                          OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime previousDueAt,
                          OffsetDateTime finishedAt, boolean overdue, boolean clockPaused, List<TimelineEntry> timeline,
                          String applicantName, String access, Boolean tokenValid,
                          @JsonInclude(JsonInclude.Include.NON_NULL) FullDetail detail) {

    public record ProcedureRef(String code, String name) {
    }

    public record StatusView(int code, String label, String nextStep) {
    }

    public record TimelineEntry(OffsetDateTime at, Integer statusCode, String statusLabel, String agency) {
    }

    static DossierView publicView(DossierRow row, OffsetDateTime now, Boolean tokenValid) {
        DossierStatus status = DossierStatus.of(row.status());
        ResultDelivery delivery = "post".equals(row.resultDelivery()) ? ResultDelivery.POST : ResultDelivery.DESK;
        List<TimelineEntry> timeline = row.timeline().stream().map(t -> new TimelineEntry(
                VietnamTime.inVietnam(t.at()), t.status(),
                t.status() == null ? "Cập nhật tiến độ" : DossierStatus.of(t.status()).label(), t.agency())).toList();
        return new DossierView(row.code(),
                row.procedureCode() == null ? null : new ProcedureRef(row.procedureCode(), row.procedureName()),
                row.agencyName(), row.agencyPhone(),
                new StatusView(status.code(), status.label(), status.nextStep(delivery, row.electronicResult())),
                VietnamTime.inVietnam(row.receivedAt()), VietnamTime.inVietnam(row.dueAt()),
                VietnamTime.inVietnam(row.previousDueAt()), VietnamTime.inVietnam(row.finishedAt()),
                isOverdue(status, row.dueAt(), row.finishedAt(), now), isClockPaused(status), timeline,
                Masking.maskName(row.applicantName()), "public", tokenValid, null);
    }

    DossierView withDetail(FullDetail fullDetail) {
        return new DossierView(code, procedure, agency, agencyPhone, status, receivedAt, dueAt, previousDueAt,
                finishedAt, overdue, clockPaused, timeline, applicantName, "full", true, fullDetail);
    }

    /** While the citizen is asked for documents the processing time stands still (Decision 766 subtracts the wait). */
    public static boolean isClockPaused(DossierStatus status) {
        return status == DossierStatus.SUPPLEMENT_REQUIRED;
    }

    /**
     * Late when the due date passed before processing ended (or has not ended yet); never while a supplement request
     * is pending: the clock is paused, and the citizen reads that instead.
     */
    public static boolean isOverdue(DossierStatus status, OffsetDateTime dueAt, OffsetDateTime finishedAt,
                             OffsetDateTime now) {
        if (dueAt == null || isClockPaused(status)) {
            return false;
        }
        if (status.endsProcessing() || status == DossierStatus.WITHDRAWAL_REQUESTED) {
            return finishedAt != null && finishedAt.isAfter(dueAt);
        }
        return now.isAfter(dueAt);
    }
}
