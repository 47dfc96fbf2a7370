package vn.motcua.intake;

import java.util.List;

/** A valid-looking record that cannot apply (for example a progress step of an unknown dossier). */
public class RecordRejectedException extends RuntimeException {
    private final List<FieldError> errors;

    public RecordRejectedException(String field, String message) {
        super(message);
        this.errors = List.of(new FieldError(field, message));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
