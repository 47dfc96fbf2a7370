package vn.motcua.intake;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.exception.ConstraintViolationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The one code path behind every intake door. Records apply in batch order; consecutive valid records share a
 * transaction (up to {@code records-per-transaction}), because one commit per record is what kept intake far below
 * the database's speed. A bad record never takes good ones down with it: when one fails inside a shared
 * transaction, everything is rolled back, the records before it are applied again together, the failing record
 * alone (its own transaction, today's refusals and retries), and the rest as a new group. A transaction that outlives
 * its deadline ({@code transaction-timeout}) is rolled back and ends the batch with an {@link IntakeTimeoutException}:
 * the transactions committed before it stay committed, the records after it are not tried.
 */
@ApplicationScoped
public class IntakeService {
    private final DossierUpdateApplier applier;
    private final int recordsPerTransaction;

    public IntakeService(DossierUpdateApplier applier, IntegrationSettings settings) {
        this.applier = applier;
        this.recordsPerTransaction = Math.max(1, settings.recordsPerTransaction());
    }

    /** Records of a trusted in-process source (the demo loader). */
    public Uni<List<RecordResult>> ingest(List<ParsedRecord> records, String sourceSystem) {
        return ingest(records, new IntakeCaller(sourceSystem));
    }

    public Uni<List<RecordResult>> ingest(List<ParsedRecord> records, IntakeCaller caller) {
        return applyInOrder(groups(records), caller);
    }

    /** The groups one after another, in order; their results in the same order. */
    private Uni<List<RecordResult>> applyInOrder(List<List<ParsedRecord>> groups, IntakeCaller caller) {
        return Multi.createFrom().iterable(groups)
                .onItem().transformToUniAndConcatenate(group -> applyGroup(group, caller))
                .collect().in(ArrayList<RecordResult>::new, List::addAll)
                .map(List::copyOf);
    }

    /** Runs of consecutive valid records, each at most the transaction size; an invalid record stands alone. */
    private List<List<ParsedRecord>> groups(List<ParsedRecord> records) {
        List<List<ParsedRecord>> groups = new ArrayList<>();
        List<ParsedRecord> run = new ArrayList<>();
        for (ParsedRecord record : records) {
            if (!record.valid() || run.size() == recordsPerTransaction) {
                if (!run.isEmpty()) {
                    groups.add(run);
                    run = new ArrayList<>();
                }
            }
            if (record.valid()) {
                run.add(record);
            } else {
                groups.add(List.of(record));
            }
        }
        if (!run.isEmpty()) {
            groups.add(run);
        }
        return groups;
    }

    private Uni<List<RecordResult>> applyGroup(List<ParsedRecord> group, IntakeCaller caller) {
        if (group.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (group.size() == 1) {
            return ingestOne(group.get(0), caller).map(List::of);
        }
        return Uni.createFrom().deferred(() -> applier.applyAll(group.stream().map(ParsedRecord::update).toList(),
                        caller))
                .map(outcomes -> {
                    List<RecordResult> results = new ArrayList<>(group.size());
                    for (int i = 0; i < group.size(); i++) {
                        results.add(RecordResult.applied(group.get(i), outcomes.get(i)));
                    }
                    return results;
                })
                .onFailure(IntakeService::notTimedOut).recoverWithUni(failure -> applyWithout(group,
                        FailedInSharedTransaction.positionIn(failure), caller, failure));
    }

    /**
     * The group was rolled back because of the record at {@code failed} (-1: the commit itself failed): the records
     * before it are applied again together, it alone, the rest as a new group. Each step is smaller than the group,
     * so this ends, at worst with every record in its own transaction.
     */
    private Uni<List<RecordResult>> applyWithout(List<ParsedRecord> group, int failed, IntakeCaller caller,
                                                 Throwable failure) {
        Log.debugf(failure, "A shared intake transaction of %d records was rolled back at record %d", group.size(),
                failed);
        List<List<ParsedRecord>> parts = failed < 0 ? group.stream().map(List::of).toList()
                : List.of(group.subList(0, failed), List.of(group.get(failed)), group.subList(failed + 1, group.size()));
        return applyInOrder(parts, caller);
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
                .onFailure(IntakeService::notTimedOut).recoverWithItem(e -> {
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

    /**
     * Any failure but a transaction's deadline passing: that one stops the whole batch (it is answered 503, the queue
     * requeues it), since its records would only wait again, one by one, each for the whole deadline.
     */
    private static boolean notTimedOut(Throwable failure) {
        return !(failure instanceof IntakeTimeoutException);
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
