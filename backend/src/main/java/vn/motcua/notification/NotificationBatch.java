package vn.motcua.notification;

import io.quarkus.logging.Log;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What travels on the channel: the claim that holds the rows, and their ids ({@code <uuid>:1,2,3}), plain text
 * so that any broker carries it.
 */
record NotificationBatch(UUID claim, List<Long> ids) {

    static String encode(UUID claim, List<Long> ids) {
        StringBuilder text = new StringBuilder(claim.toString()).append(':');
        for (int i = 0; i < ids.size(); i++) {
            text.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        return text.toString();
    }

    /** The batch, or null (logged) for a message that is not one. */
    static NotificationBatch decode(String text) {
        try {
            int colon = text.indexOf(':');
            UUID claim = UUID.fromString(text.substring(0, colon));
            List<Long> ids = Arrays.stream(text.substring(colon + 1).split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
            return ids.isEmpty() ? null : new NotificationBatch(claim, ids);
        } catch (RuntimeException e) {
            Log.warnf("Ignoring a malformed notification batch: %.100s", text);
            return null;
        }
    }
}
