package vn.motcua.notification;

import java.util.Arrays;

/** The one status vocabulary of a notification (after GOV.UK Notify), as stored and as shown. */
public enum NotificationStatus {
    CREATED("created"), SENDING("sending"), SENT("sent"), DELIVERED("delivered"), SEEN("seen"),
    TEMPORARY_FAILURE("temporary-failure"), PERMANENT_FAILURE("permanent-failure"),
    TECHNICAL_FAILURE("technical-failure"), UNDELIVERABLE("undeliverable"),
    /** Overtaken by a newer message about the same dossier before it went. */
    CANCELLED("cancelled");

    private final String value;

    NotificationStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static NotificationStatus of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown notification status " + value));
    }
}
