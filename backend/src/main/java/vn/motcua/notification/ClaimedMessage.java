package vn.motcua.notification;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A claimed notification with what its message says and where it can go: the notification, its dossier as
 * the message describes it, and the recipient's Zalo reach. Mapped once from the row by {@link NotificationStore}, so that
 * {@link Delivery} and {@link MessageComposer} work with types instead of columns.
 *
 * @param payload          the change's details as JSON (previous due date, reason)
 * @param publicOnly       the recipient follows without having proved to be the applicant: status and dates only
 * @param missingDocuments the open supplement request's items, one per line
 * @param reachableByOa    the user follows the OA (or nothing says they left)
 * @param overtaken        a newer notification to the same person about the same dossier supersedes this one
 */
public record ClaimedMessage(long id, NotificationKind kind, String zaloUserId, String phone, String payload,
                             String idempotencyKey, int attempts, boolean publicOnly,
                             String code, String applicantName, String applicantPhone, Integer dossierStatus,
                             OffsetDateTime dueAt, String resultDelivery, String procedureName, String agencyName,
                             String hotline, OffsetDateTime lastInteractionAt, boolean reachableByOa,
                             String missingDocuments, BigDecimal feeTotal, String lastNote, boolean overtaken) {

    /** The message goes by phone to the applicant's own number: only then may it carry their full name. */
    boolean toApplicantPhone() {
        return phone != null && phone.equals(applicantPhone);
    }
}
