package vn.motcua.intake;

import vn.motcua.common.PhoneNumbers;
import vn.motcua.dossier.DossierCode;
import vn.motcua.dossier.DossierStatus;

/** Checks shared by both record formats, so that both doors refuse the same things the same way. */
final class CommonRules {
    private CommonRules() {
    }

    static String code(RecordReader reader, String field) {
        String raw = reader.text(field);
        if (raw == null) {
            reader.reject(field, "is required");
            return null;
        }
        try {
            return DossierCode.forNewDossier(raw);
        } catch (IllegalArgumentException e) {
            reader.reject(field, e.getMessage());
            return null;
        }
    }

    static Integer status(RecordReader reader, String field) {
        Integer status = reader.integer(field);
        if (status != null && DossierStatus.fromCode(status).isEmpty()) {
            reader.reject(field, "unknown national status code " + status + " (expected 1-10)");
            return null;
        }
        return status;
    }

    static String phone(RecordReader reader, String field) {
        String raw = reader.text(field);
        try {
            return PhoneNumbers.normalise(raw);
        } catch (IllegalArgumentException e) {
            reader.reject(field, "not a Vietnamese phone number");
            return null;
        }
    }

    /** A due date before the reception date is impossible, whatever the format. */
    static void datesInOrder(RecordReader reader, DossierUpdate update, String receivedField, String dueField) {
        if (update.receivedAt != null && update.dueAt != null && update.dueAt.isBefore(update.receivedAt)) {
            reader.reject(dueField, "due date is before the reception date (" + receivedField + ")");
        }
    }
}
