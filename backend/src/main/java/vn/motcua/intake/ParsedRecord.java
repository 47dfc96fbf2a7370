package vn.motcua.intake;

import java.util.List;

/** A record of a batch after validation: either an update to apply or the reasons it was refused. */
public record ParsedRecord(int index, String code, DossierUpdate update, List<FieldError> errors) {

    public boolean valid() {
        return update != null && errors.isEmpty();
    }

    static ParsedRecord of(int index, String code, DossierUpdate update, List<FieldError> errors) {
        return errors.isEmpty() ? new ParsedRecord(index, code, update, List.of())
                : new ParsedRecord(index, code, null, List.copyOf(errors));
    }
}
