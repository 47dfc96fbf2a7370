package vn.motcua.dossier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier codes as citizens type them. The national shape {@code AAA.BB.CC.Xnn-YYMMDD-NNNN}
 * (Circular 01/2018) is rebuilt from any spacing, case or missing separators; vendors' own shapes are kept
 * as typed (upper case, no spaces) and found through their lookup key.
 */
public final class DossierCode {
    private static final Pattern NATIONAL = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}");
    private static final Pattern COMPACT_NATIONAL =
            Pattern.compile("(\\d{3})(\\d{2})(\\d{2})([A-Z]\\d{2})(\\d{6})(\\d{4})");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern VENDOR = Pattern.compile("[A-Z0-9][A-Z0-9._/-]*");
    private static final int MAX_LENGTH = 60;

    private DossierCode() {
    }

    /** The stored form of a code; throws for blank or absurdly long input. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("dossier code is empty");
        }
        String upper = WHITESPACE.matcher(raw.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        if (upper.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("dossier code is longer than " + MAX_LENGTH + " characters");
        }
        if (upper.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("dossier code contains control characters");
        }
        if (lookupKey(upper).isEmpty()) {
            // it could never be looked up on its own: "---" would find every such dossier
            throw new IllegalArgumentException("dossier code has no letter A-Z or digit");
        }
        if (NATIONAL.matcher(upper).matches()) {
            return upper;
        }
        Matcher compact = COMPACT_NATIONAL.matcher(lookupKey(upper));
        if (compact.matches()) {
            return "%s.%s.%s.%s-%s-%s".formatted(compact.group(1), compact.group(2), compact.group(3),
                    compact.group(4), compact.group(5), compact.group(6));
        }
        return upper;
    }

    /**
     * A code a one-stop system may give a dossier: the national shape, or a vendor's own code made of letters,
     * digits and the separators codes use ({@code . - _ /}). Anything else (markup, quotes, spaces inside, other
     * punctuation) is a data error of the sender, refused per record, never a dossier citizens could be shown.
     */
    public static String forNewDossier(String raw) {
        String code = normalise(raw);
        if (!isNational(code) && !VENDOR.matcher(code).matches()) {
            throw new IllegalArgumentException("dossier code may hold only letters A-Z, digits and . - _ / "
                    + "and starts with a letter or digit");
        }
        return code;
    }

    /** Letters and digits only: how a code is found whatever separators were typed. */
    public static String lookupKey(String code) {
        return NOT_ALNUM.matcher(code.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    public static boolean isNational(String normalised) {
        return NATIONAL.matcher(normalised).matches();
    }

    /** The agency part ({@code 000.00.22.H12}) of a national code. */
    public static Optional<String> agencyPart(String normalised) {
        return isNational(normalised) ? Optional.of(normalised.substring(0, 13)) : Optional.empty();
    }
}
