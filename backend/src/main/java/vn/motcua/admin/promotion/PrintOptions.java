package vn.motcua.admin.promotion;

import vn.motcua.common.problem.ProblemException;

import java.util.List;
import java.util.Locale;

/**
 * What to print: a poster ({@code ap-phich}) or a folded desk standee ({@code de-ban}), on A4 or A5 paper.
 * Unknown values are a 400, not a silent default: a wrong link should not print a whole stack of the wrong size.
 */
public record PrintOptions(String paper, String layout) {
    public static final String POSTER = "ap-phich";
    public static final String STANDEE = "de-ban";

    public static PrintOptions parse(String paper, String layout) {
        String p = paper == null || paper.isBlank() ? "A4" : paper.strip().toUpperCase(Locale.ROOT);
        if (!p.equals("A4") && !p.equals("A5")) {
            throw ProblemException.badRequest("Khổ giấy không hợp lệ: chỉ in được khổ A4 hoặc A5.");
        }
        String l = layout == null || layout.isBlank() ? POSTER : layout.strip().toLowerCase(Locale.ROOT);
        if (!l.equals(POSTER) && !l.equals(STANDEE)) {
            throw ProblemException.badRequest("Mẫu in không hợp lệ: chọn áp phích (ap-phich) hoặc bảng để bàn (de-ban).");
        }
        return new PrintOptions(p, l);
    }

    public boolean a5() {
        return paper.equals("A5");
    }

    public boolean standee() {
        return layout.equals(STANDEE);
    }

    /** The standee's two faces: the back one is printed upside down so that both stand upright once folded. */
    public List<String> sides() {
        return List.of("back", "front");
    }

    public String title() {
        return (standee() ? "Bảng để bàn " : "Áp phích ") + paper;
    }
}
