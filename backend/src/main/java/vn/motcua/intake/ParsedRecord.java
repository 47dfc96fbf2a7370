package vn.motcua.intake;

import java.util.List;

/**
 * A record of a batch after validation: either an update to apply or the reasons it was refused, with the
 * warnings of what was read but not taken as sent.
 */
public record ParsedRecord(int index, String code, DossierUpdate update, List<FieldError> errors,
                           List<String> warnings) {

    public boolean valid() {
        return update != null && errors.isEmpty();
    }

    static ParsedRecord of(int index, String code, DossierUpdate update, List<FieldError> errors) {
        return of(index, code, update, errors, List.of());
    }

    static ParsedRecord of(int index, String code, DossierUpdate update, RecordReader reader) {
        return of(index, code, update, reader.errors(), reader.warnings());
    }

    static ParsedRecord of(int index, String code, DossierUpdate update, List<FieldError> errors, List<String> warnings) {
        return errors.isEmpty() ? new ParsedRecord(index, code, update, List.of(), List.copyOf(warnings))
                : new ParsedRecord(index, code, null, List.copyOf(errors), List.copyOf(warnings));
    }
}
