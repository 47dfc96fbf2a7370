package vn.motcua.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.motcua.common.VertxContexts;
import vn.motcua.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The queue door: messages on {@code dossier-updates} carry the same bodies as the HTTP doors (the national
 * envelope or our own records). In-memory by default; RabbitMQ when the channel is configured for it.
 */
@ApplicationScoped
public class DossierUpdatesConsumer {
    private final BatchReader batchReader;
    private final DvcqgBatchParser dvcqgParser;
    private final OwnFormatParser ownParser;
    private final IntakeService intake;
    private final Vertx vertx;
    private final IntakeCaller caller;
    private final int lanes;

    public DossierUpdatesConsumer(BatchReader batchReader, DvcqgBatchParser dvcqgParser, OwnFormatParser ownParser,
                                  IntakeService intake, Vertx vertx, IntegrationSettings config) {
        this.batchReader = batchReader;
        this.dvcqgParser = dvcqgParser;
        this.ownParser = ownParser;
        this.intake = intake;
        this.vertx = vertx;
        // the queue is the operator's own infrastructure: the whole province, under its configured source
        this.caller = IntakeCaller.external(config.queueSource(), null);
        this.lanes = config.queueLanes();
    }

    @Incoming("dossier-updates")
    public Uni<Void> consume(Message<?> message) {
        List<ParsedRecord> records;
        try {
            records = parse(bytes(message.getPayload()));
        } catch (ProblemException e) {
            // an unreadable message can never succeed: log it and take it off the queue
            Log.errorf("Dropping unreadable message on dossier-updates: %s", e.getMessage());
            return Uni.createFrom().completionStage(message.ack());
        }
        return applyInLanes(records)
                .flatMap(results -> {
                    results.stream().filter(r -> !r.applied() && !isTemporary(r)).forEach(r ->
                            Log.warnf("Queue record %d (%s) rejected: %s", r.index(), r.code(), r.errors()));
                    long temporary = results.stream().filter(DossierUpdatesConsumer::isTemporary).count();
                    if (temporary > 0) {
                        // applying is idempotent, so redelivery of the whole message is safe. Said here because the
                        // connector's own line for this nack (SRMSG17013) calls the message "rejected" although its
                        // requeue strategy puts it back on the queue
                        Log.warnf("%d record(s) of a dossier-updates message could not be applied for a temporary "
                                + "failure; the message is requeued", temporary);
                        return Uni.createFrom().completionStage(message.nack(new IllegalStateException(
                                "temporary failure while applying dossier updates")));
                    }
                    return Uni.createFrom().completionStage(message.ack());
                })
                // a transaction past its deadline was rolled back: a temporary failure like the others, sent again
                .onFailure(DossierUpdatesConsumer::timedOut).recoverWithUni(failure -> {
                    Log.warnf("A dossier-updates message timed out (%s); it is requeued", failure.getMessage());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    private static boolean isTemporary(RecordResult result) {
        return Boolean.TRUE.equals(result.retryable());
    }

    /** Whether a lane, or the only one, failed because its transaction outlived its deadline. */
    private static boolean timedOut(Throwable failure) {
        if (failure instanceof CompositeException lanes) {
            return lanes.getCauses().stream().anyMatch(IntakeTimeoutException.class::isInstance);
        }
        return failure instanceof IntakeTimeoutException;
    }

    /**
     * Messages are taken one at a time, in order; a message's records are applied in lanes at once (one dossier's
     * records in one lane), each lane on a context of its own since a Hibernate session is bound to its context.
     */
    private Uni<List<RecordResult>> applyInLanes(List<ParsedRecord> records) {
        List<List<ParsedRecord>> split = RecordLanes.split(records, lanes);
        if (split.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(split.stream()
                        .map(lane -> VertxContexts.onDuplicatedContext(vertx, () -> intake.ingest(lane, caller)))
                        .toList())
                .andCollectFailures()
                .map(results -> results.stream().flatMap(List::stream)
                        .sorted(java.util.Comparator.comparingInt(RecordResult::index)).toList());
    }

    private List<ParsedRecord> parse(byte[] body) {
        JsonNode root = batchReader.readTree(body);
        if (root.isObject() && root.has("service")) {
            return dvcqgParser.parse(root);
        }
        List<JsonNode> nodes = batchReader.records(root, "an array of records");
        return IntStream.range(0, nodes.size()).mapToObj(i -> ownParser.parse(i, nodes.get(i))).toList();
    }

    private static byte[] bytes(Object payload) {
        if (payload instanceof byte[] raw) {
            return raw;
        }
        if (payload instanceof Buffer buffer) {
            return buffer.getBytes();
        }
        if (payload instanceof io.vertx.mutiny.core.buffer.Buffer buffer) {
            return buffer.getBytes();
        }
        if (payload instanceof JsonObject object) {
            return object.encode().getBytes(StandardCharsets.UTF_8);
        }
        if (payload instanceof JsonArray array) {
            return array.encode().getBytes(StandardCharsets.UTF_8);
        }
        return String.valueOf(payload).getBytes(StandardCharsets.UTF_8);
    }
}
