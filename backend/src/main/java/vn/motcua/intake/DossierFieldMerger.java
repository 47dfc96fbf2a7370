package vn.motcua.intake;

import vn.motcua.dossier.Dossier;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Copies what a snapshot says onto the dossier, field by field; a field the record leaves out keeps its
 * value. Status and due date are not handled here: they have history of their own.
 */
final class DossierFieldMerger {
    private DossierFieldMerger() {
    }

    /** Returns true when anything changed. */
    static boolean merge(Dossier d, DossierUpdate u, String idHash) {
        boolean changed = false;
        if (u.applicantName != null && !u.applicantName.equals(d.applicantName)) {
            d.applicantName = u.applicantName;
            changed = true;
        }
        if (u.applicantType != null && u.applicantType != d.applicantType) {
            d.applicantType = u.applicantType;
            changed = true;
        }
        if (u.applicantPhone != null && !u.applicantPhone.equals(d.applicantPhone)) {
            d.applicantPhone = u.applicantPhone;
            changed = true;
        }
        if (idHash != null && !idHash.equals(d.applicantIdHash)) {
            d.applicantIdHash = idHash;
            changed = true;
        }
        changed |= mergeSince2023(d, u);
        if (u.applicantEmail != null && !u.applicantEmail.equals(d.applicantEmail)) {
            d.applicantEmail = u.applicantEmail;
            changed = true;
        }
        if (u.summary != null && !u.summary.equals(d.summary)) {
            d.summary = u.summary;
            changed = true;
        }
        if (u.channel != null && !u.channel.equals(d.channel)) {
            d.channel = u.channel;
            changed = true;
        }
        if (u.resultDelivery != null && !u.resultDelivery.equals(d.resultDelivery)) {
            d.resultDelivery = u.resultDelivery;
            changed = true;
        }
        if (u.notifyConsent != null && u.notifyConsent != d.notifyConsent) {
            d.notifyConsent = u.notifyConsent;
            changed = true;
        }
        if (u.kind == DossierUpdate.Kind.SNAPSHOT && u.note != null && !u.note.equals(d.note)) {
            d.note = u.note;
            changed = true;
        }
        if (sameInstantDiffers(u.receivedAt, d.receivedAt)) {
            d.receivedAt = u.receivedAt;
            changed = true;
        }
        if (sameInstantDiffers(u.finishedAt, d.finishedAt)) {
            d.finishedAt = u.finishedAt;
            changed = true;
        }
        if (sameInstantDiffers(u.returnedAt, d.returnedAt)) {
            d.returnedAt = u.returnedAt;
            changed = true;
        }
        return changed;
    }

    private static boolean mergeSince2023(Dossier d, DossierUpdate u) {
        boolean changed = false;
        if (differs(u.applicantPortalAccount, d.applicantPortalAccount)) {
            d.applicantPortalAccount = u.applicantPortalAccount;
            changed = true;
        }
        if (differs(u.submissionPlace, d.submissionPlace)) {
            d.submissionPlace = u.submissionPlace;
            changed = true;
        }
        if (differs(u.onlinePayment, d.onlinePayment)) {
            d.onlinePayment = u.onlinePayment;
            changed = true;
        }
        if (differs(u.digitised, d.digitised)) {
            d.digitised = u.digitised;
            changed = true;
        }
        if (differs(u.vneidVerified, d.vneidVerified)) {
            d.vneidVerified = u.vneidVerified;
            changed = true;
        }
        if (differs(u.connectedDatabases, d.connectedDatabases)) {
            d.connectedDatabases = u.connectedDatabases;
            changed = true;
        }
        return changed;
    }

    /** True when the record carries a time that differs from the stored one (compared as instants). */
    static boolean sameInstantDiffers(OffsetDateTime incoming, OffsetDateTime stored) {
        // PostgreSQL keeps microseconds: finer digits of an incoming time are not a change
        return incoming != null && (stored == null || !incoming.toInstant().truncatedTo(ChronoUnit.MICROS)
                .equals(stored.toInstant().truncatedTo(ChronoUnit.MICROS)));
    }

    static boolean differs(Object incoming, Object stored) {
        return incoming != null && !Objects.equals(incoming, stored);
    }
}
