package vn.motcua.admin;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.intake.DossierUpdate;
import vn.motcua.intake.DossierUpdateApplier;

import java.util.List;
import java.util.UUID;

/**
 * Officers' actions go through the same apply path as intake (timeline, outbox, so notifications follow),
 * after the agency-scope and national-status checks; each one is written to the audit log.
 */
@ApplicationScoped
public class OfficerActionService {
    private final ScopedDossierDetailStore dossiers;
    private final DossierUpdateApplier applier;
    private final ScopedAgencyStore agencies;
    private final AuditTrailStore auditTrail;

    public OfficerActionService(ScopedDossierDetailStore dossiers, ScopedAgencyStore agencies,
                                DossierUpdateApplier applier, AuditTrailStore auditTrail) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.applier = applier;
        this.auditTrail = auditTrail;
    }

    public Uni<String> perform(SecurityIdentity officer, String rawCode, OfficerAction action) {
        return dossiers.find(OfficerIdentities.agencyId(officer), rawCode).flatMap(d -> officerAgencyName(officer).flatMap(unit -> {
            DossierUpdate update = toUpdate(d, action, officer);
            // The timeline's "agency / department" cell says which unit the officer acted for; the dossier's
            // handling agency (agencyName) is left alone, since setting it would move the dossier.
            update.department = unit;
            String before = "status=" + d.status() + ", dueAt=" + d.dueAt();
            String after = "status=" + (action.status() == null ? d.status() : action.status())
                    + (action.newDueAt() == null ? "" : ", dueAt=" + action.newDueAt() + ", reason=" + action.reason());
            return applier.apply(update, "admin")
                    .flatMap(outcome -> audit(officer, action.status() == null ? "extend-due-date" : "set-status-" + action.status(),
                            d.code(), before, after))
                    .replaceWith(d.code());
        }));
    }

    private Uni<String> officerAgencyName(SecurityIdentity officer) {
        return agencies.card(OfficerIdentities.agencyId(officer)).map(card -> card == null ? null : card.name());
    }

    private static DossierUpdate toUpdate(ScopedDossierDetailStore.AdminDossier d, OfficerAction action, SecurityIdentity officer) {
        DossierUpdate u = new DossierUpdate();
        u.code = d.code();
        u.eventTime = VietnamTime.now();
        u.eventKey = "admin-" + UUID.randomUUID();
        u.officerName = OfficerIdentities.fullName(officer);
        u.note = FormValues.blankToNull(action.note());
        if (action.status() != null) {
            DossierStatus from = DossierStatus.of(d.status());
            DossierStatus to = DossierStatus.fromCode(action.status()).orElseThrow(() -> badRequest("Trạng thái không hợp lệ."));
            if (!StatusTransitions.allowed(from, to)) {
                throw new ProblemException(409, "transition-not-allowed", "Không thể chuyển trạng thái",
                        "Hồ sơ đang ở trạng thái \"" + from.label() + "\", không thể chuyển sang \"" + to.label() + "\".");
            }
            u.status = to.code();
            if (to == DossierStatus.SUPPLEMENT_REQUIRED) {
                if (action.missingDocuments().isEmpty()) {
                    throw badRequest("Yêu cầu bổ sung phải liệt kê đầy đủ các giấy tờ còn thiếu (mỗi dòng một giấy tờ).");
                }
                u.supplements = List.of(new DossierUpdate.Supplement(String.join("\n", action.missingDocuments()),
                        u.eventTime, null, null));
            }
            if (to == DossierStatus.PAYMENT_REQUIRED) {
                if (action.feeName() == null || action.feeAmount() == null || action.feeAmount().signum() <= 0) {
                    throw badRequest("Yêu cầu thực hiện nghĩa vụ tài chính cần tên khoản phí và số tiền.");
                }
                u.fees = List.of(new DossierUpdate.Fee(action.feeName(), null, action.feeAmount()));
            }
            if (to.endsProcessing()) {
                u.finishedAt = to == DossierStatus.RETURNED ? d.finishedAt() : u.eventTime;
                u.returnedAt = to == DossierStatus.RETURNED ? u.eventTime : null;
            }
        }
        if (action.newDueAt() != null) {
            if (action.reason() == null || action.reason().isBlank()) {
                throw badRequest("Gia hạn cần nêu lý do (nội dung văn bản xin lỗi gửi người dân).");
            }
            u.dueAt = action.newDueAt();
            u.dueChangeReason = action.reason().strip();
        }
        if (action.status() == null && action.newDueAt() == null) {
            throw badRequest("Chọn trạng thái mới hoặc ngày hẹn trả mới.");
        }
        return u;
    }

    private Uni<Void> audit(SecurityIdentity officer, String action, String target, String before, String after) {
        return auditTrail.recordAlone(officer, action, target, before, after);
    }

    private static ProblemException badRequest(String detail) {
        return ProblemException.badRequest(detail);
    }
}
