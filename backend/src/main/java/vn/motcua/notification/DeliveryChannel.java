package vn.motcua.notification;

/** The ways a message reaches a citizen on Zalo, cheapest first. */
public enum DeliveryChannel {
    /** Free within 48 hours of the citizen's last interaction with the OA. */
    CONSULTATION("consultation"),
    /** An approved template to the OA user id. */
    TEMPLATE_USER("template_user"),
    /** An approved template to the phone the citizen consented to (not at night). */
    TEMPLATE_PHONE("template_phone");

    private final String value;

    DeliveryChannel(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
