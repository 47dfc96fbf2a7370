package vn.motcua.intake;

/** Why one field of one record was refused. */
public record FieldError(String field, String message) {
}
