package vn.motcua.notification;

import vn.motcua.dossier.DossierStatus;

import java.time.OffsetDateTime;
import java.util.Optional;

/** What a message tells the citizen; each has a text file and may have a Zalo template. */
public enum NotificationKind {
    ACCEPTED, SUPPLEMENT_REQUIRED, FEE_DUE, REFUSED, STOPPED, WITHDRAWN, RESULT_READY, RESULT_RETURNED,
    /** The due date moved later: the apology with the reason and the new date. */
    DELAYED,
    /** A reminder a few working days before the due date. */
    DUE_SOON;

    /** The key of this kind in configuration and in the text files: {@code supplement-required}. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The message a new status calls for; submitted (1) and processing (4) are not worth a message. */
    public static Optional<NotificationKind> forStatus(DossierStatus status) {
        return Optional.ofNullable(switch (status) {
            case ACCEPTED -> ACCEPTED;
            case REFUSED -> REFUSED;
            case SUPPLEMENT_REQUIRED -> SUPPLEMENT_REQUIRED;
            case PAYMENT_REQUIRED -> FEE_DUE;
            case WITHDRAWAL_REQUESTED -> WITHDRAWN;
            case STOPPED -> STOPPED;
            case RESULT_READY -> RESULT_READY;
            case RETURNED -> RESULT_RETURNED;
            case SUBMITTED, PROCESSING -> null;
        });
    }

    /** An apology is owed only when the due date moved later, not when it was corrected earlier. */
    public static Optional<NotificationKind> forDueDateChange(OffsetDateTime previous, OffsetDateTime current) {
        boolean later = current != null && (previous == null || current.isAfter(previous));
        return later ? Optional.of(DELAYED) : Optional.empty();
    }
}
