package vn.motcua.notification;

/**
 * One person to tell about a dossier, however they are known: an OA user id, a phone they consented to be
 * messaged on, or both. The key identifies the person so that two sources never make two messages.
 */
public record Recipient(String key, String zaloUserId, String phone) {

    public static Recipient of(String zaloUserId, String phone) {
        return new Recipient(zaloUserId != null ? "u:" + zaloUserId : "p:" + phone, zaloUserId, phone);
    }

    Recipient withPhone(String consentedPhone) {
        return phone != null || consentedPhone == null ? this : new Recipient(key, zaloUserId, consentedPhone);
    }
}
