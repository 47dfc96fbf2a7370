package vn.motcua.audience;

/**
 * One person to tell about a dossier, however they are known: an OA user id, a phone they consented to be
 * messaged on, or both. The key identifies the person so that two sources never make two messages. {@code proven}
 * says they proved to be the applicant; the others hear only what the public lookup shows.
 */
public record Recipient(String key, String zaloUserId, String phone, boolean proven) {

    public static Recipient of(String zaloUserId, String phone) {
        return of(zaloUserId, phone, false);
    }

    public static Recipient of(String zaloUserId, String phone, boolean proven) {
        return new Recipient(zaloUserId != null ? "u:" + zaloUserId : "p:" + phone, zaloUserId, phone, proven);
    }

    Recipient withPhone(String consentedPhone) {
        return phone != null || consentedPhone == null ? this : new Recipient(key, zaloUserId, consentedPhone, proven);
    }

    /** Proven when any of the person's sources proves it. */
    Recipient provenIf(boolean proof) {
        return proof && !proven ? new Recipient(key, zaloUserId, phone, true) : this;
    }
}
