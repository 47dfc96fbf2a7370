package vn.motcua.intake;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.exception.ConstraintViolationException;

import java.util.List;

/**
 * The one code path behind every intake door: each valid record is applied in its own transaction, one
 * after another in batch order, so a bad record never takes good ones down with it.
 */
@ApplicationScoped
public class IntakeService {
    private final DossierUpdateApplier applier;

    public IntakeService(DossierUpdateApplier applier) {
        this.applier = applier;
    }

    /** Records of a trusted in-process source (the demo loader). */
    public Uni<List<RecordResult>> ingest(List<ParsedRecord> records, String sourceSystem) {
        return ingest(records, new IntakeCaller(sourceSystem));
    }

    public Uni<List<RecordResult>> ingest(List<ParsedRecord> records, IntakeCaller caller) {
        return Multi.createFrom().iterable(records)
                .onItem().transformToUniAndConcatenate(record -> ingestOne(record, caller))
                .collect().asList();
    }

    private Uni<RecordResult> ingestOne(ParsedRecord record, IntakeCaller caller) {
        String sourceSystem = caller.sourceSystem();
        if (!record.valid()) {
            return Uni.createFrom().item(RecordResult.rejected(record, record.errors()));
        }
        return Uni.createFrom().deferred(() -> applier.apply(record.update(), caller))
                // two senders creating the same new dossier at once: the loser retries and finds it
                .onFailure(IntakeService::isUniqueViolation).retry().atMost(2)
                .map(outcome -> RecordResult.applied(record, outcome))
                .onFailure(RecordRejectedException.class)
                .recoverWithItem(e -> RecordResult.rejected(record, ((RecordRejectedException) e).errors()))
                .onFailure().recoverWithItem(e -> {
                    if (Failures.isInfrastructure(e)) {
                        Log.errorf(e, "Could not apply dossier record %s from %s: temporary failure", record.code(),
                                sourceSystem);
                        return RecordResult.retryLater(record);
                    }
                    // a data problem the parsers did not catch: the same record would fail again, forever
                    Log.errorf(e, "Dossier record %s from %s refused by the database", record.code(), sourceSystem);
                    return RecordResult.rejected(record, List.of(new FieldError("",
                            "the record could not be stored (the database refuses its data); sending it again unchanged "
                                    + "will not help")));
                });
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("23505")) {
                return true;
            }
        }
        return false;
    }
}
