package vn.motcua.zalo.bot;

import vn.motcua.dossier.DossierCode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier codes inside free text. The national shape is found whatever the separators, spaces or case; vendor
 * shapes ({@code HS-2025-000123}) are taken when they mix letters and digits with a separator, which phone
 * numbers and dates never do.
 */
final class CodeFinder {
    private static final String SEP = "[\\s.\\-_/]*";
    private static final Pattern NATIONAL = Pattern.compile("(?<![0-9])(\\d{3})" + SEP + "(\\d{2})" + SEP
            + "(\\d{2})" + SEP + "([A-Za-z])" + SEP + "(\\d{2})" + SEP + "(\\d{6})" + SEP + "(\\d{4})(?![0-9])");
    private static final Pattern VENDOR = Pattern.compile(
            "(?<![0-9A-Za-z])([A-Za-z]{1,8}[-./]?\\d+(?:[-./]\\d+)+|[A-Za-z]{1,8}\\d{2,}[-./][0-9A-Za-z]+(?:[-./][0-9A-Za-z]+)*)"
                    + "(?![0-9A-Za-z])");

    private CodeFinder() {
    }

    /** The codes, and the text with them blanked out (so their letters are not read as words). */
    record Found(List<String> codes, String rest) {
    }

    static Found find(String text) {
        Set<String> codes = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder(text);
        Matcher national = NATIONAL.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (national.find()) {
            String compact = national.group(1) + national.group(2) + national.group(3)
                    + national.group(4).toUpperCase(Locale.ROOT) + national.group(5) + national.group(6)
                    + national.group(7);
            codes.add(DossierCode.normalise(compact));
            spans.add(new int[]{national.start(), national.end()});
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                rest.setCharAt(i, ' ');
            }
        }
        Matcher vendor = VENDOR.matcher(rest);
        while (vendor.find()) {
            String candidate = vendor.group(1);
            long digits = candidate.chars().filter(Character::isDigit).count();
            if (digits >= 4 && candidate.length() <= 40) {
                codes.add(DossierCode.normalise(candidate));
                for (int i = vendor.start(1); i < vendor.end(1); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        return new Found(List.copyOf(codes), rest.toString());
    }
}
