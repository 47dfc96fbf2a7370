package vn.motcua.zalo.sandbox;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Masking;
import vn.motcua.zalo.outbound.SandboxMessageStore;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Reads what the sandbox messenger recorded, newest first, with every mobile number masked (templates by phone
 * are addressed to the citizen's phone): the record is readable by anyone who can reach the sandbox.
 */
@ApplicationScoped
public class SandboxMessageLog {
    private final SandboxMessageStore store;

    public SandboxMessageLog(SandboxMessageStore store) {
        this.store = store;
    }

    public Uni<List<SandboxMessage>> newest(String recipient, long afterId, int limit) {
        return store.newest(recipient, afterId, limit).map(rows -> rows.stream()
                .map(row -> new SandboxMessage(row.id(), Masking.maskPhonesIn(row.recipient()), row.channel(),
                        Masking.maskPhonesIn(row.text()), masked(new JsonObject(row.payload())).getMap(), row.createdAt()))
                .toList());
    }

    /** The body with every mobile number masked: templates by phone carry the citizen's phone in it. */
    static JsonObject masked(JsonObject body) {
        JsonObject copy = new JsonObject();
        body.forEach(entry -> copy.put(entry.getKey(), masked(entry.getValue())));
        return copy;
    }

    private static Object masked(Object value) {
        if (value instanceof String text) {
            return Masking.maskPhonesIn(text);
        }
        if (value instanceof JsonObject object) {
            return masked(object);
        }
        if (value instanceof io.vertx.core.json.JsonArray array) {
            io.vertx.core.json.JsonArray copy = new io.vertx.core.json.JsonArray();
            array.forEach(item -> copy.add(masked(item)));
            return copy;
        }
        return value;
    }

    /** One recorded message; {@code payload} is the exact body that would have been sent to Zalo. */
    public record SandboxMessage(long id, String recipient, String channel, String text, Map<String, Object> payload,
                                 OffsetDateTime createdAt) {
    }
}
