package vn.motcua.zalo.sandbox;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Masking;
import vn.motcua.common.VietnamTime;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what the sandbox messenger recorded, newest first, with every mobile number masked (templates by phone
 * are addressed to the citizen's phone): the record is readable by anyone who can reach the sandbox.
 */
@ApplicationScoped
public class SandboxMessageLog {
    private static final String NEWEST = """
            select id, recipient, channel, text, payload, created_at from zalo_sandbox_message
             where ($1::varchar is null or recipient = $1) and id > $2 order by id desc limit $3""";

    private final Pool pool;

    public SandboxMessageLog(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<SandboxMessage>> newest(String recipient, long afterId, int limit) {
        return pool.preparedQuery(NEWEST).execute(Tuple.of(recipient, afterId, limit)).map(rows -> {
            List<SandboxMessage> list = new ArrayList<>();
            for (Row row : rows) {
                list.add(new SandboxMessage(row.getLong(0), Masking.maskPhonesIn(row.getString(1)), row.getString(2),
                        Masking.maskPhonesIn(row.getString(3)), masked(new JsonObject(row.getString(4))).getMap(),
                        VietnamTime.inVietnam(row.getOffsetDateTime(5))));
            }
            return list;
        });
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
