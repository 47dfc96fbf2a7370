package vn.motcua.common;

/** What may be shown of personal data to someone who has only a dossier code (Law 91/2025). */
public final class Masking {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private Masking() {
    }

    /**
     * "Nguyễn Văn An" becomes "Nguyễn V** A": the family name stays (it says little), middle names keep
     * their first letter, the given name keeps its first letter only.
     */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] parts = SPACES.split(name.trim());
        if (parts.length == 1) {
            return firstLetter(parts[0]) + "**";
        }
        StringBuilder masked = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            masked.append(' ').append(firstLetter(parts[i]));
            if (i < parts.length - 1) {
                masked.append("**");
            }
        }
        return masked.toString();
    }

    /** Only the last three digits of a phone number, the rest as stars, in the local 0... form. */
    public static String maskPhone(String phone84) {
        if (phone84 == null || phone84.length() < 4) {
            return null;
        }
        String local = phone84.startsWith("84") ? "0" + phone84.substring(2) : phone84;
        return "*".repeat(local.length() - 3) + local.substring(local.length() - 3);
    }

    /** The first two and last two digits, in the local 0... form ("09******78"): for the phone's own owner. */
    public static String maskPhoneEnds(String phone84) {
        if (phone84 == null || phone84.length() < 6) {
            return null;
        }
        String local = phone84.startsWith("84") ? "0" + phone84.substring(2) : phone84;
        return local.substring(0, 2) + "*".repeat(local.length() - 4) + local.substring(local.length() - 2);
    }

    /** A Vietnamese mobile number inside any text: 0 or 84 (or +84), then 3, 5, 7, 8 or 9 and eight digits. */
    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\+?84|0)[35789]\\d{8}(?![0-9A-Za-z])");

    /**
     * Every mobile number in the text masked like {@link #maskPhone} ("*******678"), the rest untouched: for
     * logs and records that people read, where a full number must never appear.
     */
    public static String maskPhonesIn(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        java.util.regex.Matcher matcher = MOBILE.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String digits = matcher.group().replace("+", "");
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(maskPhone(digits)));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    private static String firstLetter(String word) {
        return new String(Character.toChars(word.codePointAt(0)));
    }
}
