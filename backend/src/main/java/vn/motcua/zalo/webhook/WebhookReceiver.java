package vn.motcua.zalo.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.zalo.ZaloConfig;
import vn.motcua.zalo.ZaloSettings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verify, persist, acknowledge: what Zalo waits for (it redelivers after 2 seconds). The bot runs later, from
 * the {@code zalo-events} channel; events the channel could not take are picked up by the inbox sweep.
 */
@ApplicationScoped
public class WebhookReceiver {
    /** Leaves Zalo's 2 seconds some room: a slower database answers 503 and Zalo redelivers. */
    private static final Duration STORE_TIMEOUT = Duration.ofMillis(1500);

    private final ZaloSettings settings;
    private final InboxRepository inbox;
    private final ObjectMapper json;
    private final Emitter<InboxEvent> events;
    private final EventAdmission admission;
    private final MeterRegistry registry;
    private final Map<String, Counter> ignored = new ConcurrentHashMap<>();

    public WebhookReceiver(ZaloSettings settings, InboxRepository inbox, ObjectMapper json,
                           @Channel("zalo-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2000)
                           Emitter<InboxEvent> events, MeterRegistry registry) {
        this.settings = settings;
        this.inbox = inbox;
        this.json = json;
        this.events = events;
        this.registry = registry;
        this.admission = new EventAdmission(settings.config().webhookMaxEventAge(),
                settings.config().webhookMaxClockSkew());
    }

    /** What became of a verified event. */
    public enum Receipt {
        ACCEPTED, DUPLICATE,
        /** Signed, but not one to act on (see {@link EventAdmission}): acknowledged so that Zalo stops sending it. */
        IGNORED
    }

    /** What became of the event; throws a problem for anything refused (unsigned, malformed, too large). */
    public Uni<Receipt> receive(byte[] body, String signatureHeader) {
        String given = WebhookSignature.digestOf(signatureHeader);
        if (given == null) {
            Log.warnf("Zalo webhook refused: missing or malformed X-ZEvent-Signature (%d bytes)", body.length);
            throw ProblemException.unauthorized("Thiếu chữ ký X-ZEvent-Signature hợp lệ.");
        }
        if (body.length > settings.config().webhookMaxBytes()) {
            throw ProblemException.payloadTooLarge("The webhook body is larger than "
                    + settings.config().webhookMaxBytes() + " bytes.");
        }
        JsonNode root = parse(body);
        String timestamp = root.path("timestamp").isValueNode() ? root.path("timestamp").asText() : null;
        if (timestamp == null || timestamp.isBlank()) {
            throw ProblemException.badRequest("The event has no timestamp field.");
        }
        if (!verified(body, timestamp, given)) {
            Log.warnf("Zalo webhook refused: signature mismatch (event %s, %d bytes)",
                    root.path("event_name").asText("?"), body.length);
            throw ProblemException.unauthorized("Chữ ký X-ZEvent-Signature không đúng.");
        }
        ZaloEvent event = ZaloEvent.parse(root);
        var ignoreReason = admission.ignoreReason(event, Instant.now());
        if (ignoreReason.isPresent()) {
            String reason = ignoreReason.get();
            Log.warnf("Zalo event ignored (%s): %s, timestamp %.20s, %d bytes", reason,
                    event.eventName().substring(0, Math.min(40, event.eventName().length())), timestamp, body.length);
            ignored.computeIfAbsent(reason, r -> Counter.builder("motcua.zalo.webhook.ignored").tag("reason", r)
                    .description("Signed webhook events acknowledged but not acted on").register(registry)).increment();
            return Uni.createFrom().item(Receipt.IGNORED);
        }
        return inbox.store(event, new String(body, StandardCharsets.UTF_8))
                .ifNoItem().after(STORE_TIMEOUT).failWith(() -> new ProblemException(503, "unavailable",
                        "Hệ thống đang bận", "The event could not be stored in time; please redeliver."))
                .map(id -> {
                    if (id == null) {
                        Log.debugf("Zalo redelivery ignored: %s", event.dedupeKey());
                        return Receipt.DUPLICATE;
                    }
                    dispatch(new InboxEvent(id, event));
                    return Receipt.ACCEPTED;
                });
    }

    /** Hands a stored event to the bot; when the channel is full the row stays pending for the sweep. */
    boolean dispatch(InboxEvent event) {
        try {
            events.send(event);
            return true;
        } catch (RuntimeException full) {
            Log.warnf("zalo-events channel refused inbox %d (%s); the sweep will retry", event.inboxId(),
                    full.getMessage());
            return false;
        }
    }

    private boolean verified(byte[] body, String timestamp, String given) {
        String secret = settings.oaSecretKey();
        return switch (settings.config().signatureOrder()) {
            case APP_ID_FIRST -> matches(settings.appId(), body, timestamp, secret, given);
            case OA_ID_FIRST -> matches(settings.oaId(), body, timestamp, secret, given);
            case EITHER -> matches(settings.appId(), body, timestamp, secret, given)
                    || matches(settings.oaId(), body, timestamp, secret, given);
        };
    }

    private static boolean matches(String id, byte[] body, String timestamp, String secret, String given) {
        return WebhookSignature.matches(WebhookSignature.compute(id, body, timestamp, secret), given);
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw ProblemException.badRequest("The webhook body must be a JSON object.");
            }
            return root;
        } catch (IOException e) {
            throw new ProblemException(400, "malformed-json", "JSON không hợp lệ",
                    "The webhook body is not valid JSON.");
        }
    }
}
