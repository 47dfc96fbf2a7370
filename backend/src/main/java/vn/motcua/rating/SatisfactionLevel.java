package vn.motcua.rating;

import java.util.Arrays;
import java.util.Optional;

/** The satisfaction levels citizens choose from. */
public enum SatisfactionLevel {
    NOT_SATISFIED(1, "Không hài lòng"),
    SATISFIED(2, "Hài lòng"),
    VERY_SATISFIED(3, "Rất hài lòng");

    private final int level;
    private final String label;

    SatisfactionLevel(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public static Optional<SatisfactionLevel> of(int level) {
        return Arrays.stream(values()).filter(l -> l.level == level).findFirst();
    }
}
