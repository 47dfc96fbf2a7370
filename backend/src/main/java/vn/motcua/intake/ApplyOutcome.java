package vn.motcua.intake;

import java.util.List;

/** What applying one valid record did. */
public record ApplyOutcome(Outcome outcome, List<String> warnings) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
