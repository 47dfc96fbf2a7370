package vn.motcua.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of Vietnamese text for searches that ignore diacritics and case. */
public final class VietnameseText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .trim();
    }
}
