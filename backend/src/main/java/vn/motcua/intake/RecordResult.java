package vn.motcua.intake;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The answer for one record of a batch: applied (created, updated, unchanged) or rejected with reasons. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RecordResult(int index, String code, String outcome, List<FieldError> errors, List<String> warnings,
                           Boolean retryable) {

    public static final String REJECTED = "rejected";

    public boolean applied() {
        return !REJECTED.equals(outcome);
    }

    static RecordResult rejected(ParsedRecord record, List<FieldError> errors) {
        return new RecordResult(record.index(), record.code(), REJECTED, errors, record.warnings(), null);
    }

    static RecordResult applied(ParsedRecord record, ApplyOutcome outcome) {
        List<String> warnings = new java.util.ArrayList<>(record.warnings());
        warnings.addAll(outcome.warnings());
        return new RecordResult(record.index(), record.code(), outcome.outcome().name().toLowerCase(), List.of(),
                List.copyOf(warnings), null);
    }

    /** Not applied because of a fault on our side: the sender (or the queue) should send it again. */
    static RecordResult retryLater(ParsedRecord record) {
        return new RecordResult(record.index(), record.code(), REJECTED, List.of(new FieldError("",
                "not applied because of a temporary server problem; send it again")), List.of(), true);
    }
}
