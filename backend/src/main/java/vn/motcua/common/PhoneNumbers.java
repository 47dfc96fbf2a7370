package vn.motcua.common;

/** Vietnamese phone numbers stored in the international form Zalo uses: 84 followed by 9 digits. */
public final class PhoneNumbers {
    private PhoneNumbers() {
    }

    /** Returns the {@code 84...} form, null for blank input; throws for something that is not a phone number. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = raw.replaceAll("[\\s.()\\-]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("invalid phone number");
        }
        if (digits.startsWith("0")) {
            digits = "84" + digits.substring(1);
        } else if (!digits.startsWith("84") && digits.length() == 9) {
            digits = "84" + digits;
        }
        if (!digits.startsWith("84") || digits.length() < 11 || digits.length() > 12) {
            throw new IllegalArgumentException("invalid phone number");
        }
        return digits;
    }

    /** Lenient variant for proofs typed by citizens: null when it cannot be a phone number. */
    public static String normaliseOrNull(String raw) {
        try {
            return normalise(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** How officers read a stored number: the national form with groups, {@code 84912345678} as {@code 0912 345 678}. */
    public static String display(String stored) {
        if (stored == null || !stored.matches("84\\d{9}")) {
            return stored;
        }
        String national = "0" + stored.substring(2);
        return national.substring(0, 4) + " " + national.substring(4, 7) + " " + national.substring(7);
    }
}
