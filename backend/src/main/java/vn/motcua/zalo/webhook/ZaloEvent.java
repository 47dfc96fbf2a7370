package vn.motcua.zalo.webhook;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a webhook event the bot reads. Ids and timestamps stay strings (some ids exceed 2^53). The user
 * is {@code sender.id} for user events, {@code follower.id} for follow events, {@code recipient.id} for the
 * OA's own echoes. {@code recipientId} is the OA id, or the phone number in template-by-phone receipts.
 */
public record ZaloEvent(String eventName, String userId, String recipientId, String timestamp, String msgId, String text,
                        List<Attachment> attachments, String adminId, String infoName, String infoPhone,
                        String trackingId, List<String> msgIds, String deliveryTime) {

    public record Attachment(String type, String url) {
    }

    public static ZaloEvent parse(JsonNode root) {
        String name = text(root, "event_name");
        JsonNode message = root.path("message");
        List<Attachment> attachments = new ArrayList<>();
        message.path("attachments").forEach(a -> attachments.add(new Attachment(text(a, "type"),
                text(a.path("payload"), "url"))));
        List<String> msgIds = new ArrayList<>();
        message.path("msg_ids").forEach(id -> msgIds.add(id.asText()));
        JsonNode info = root.path("info");
        return new ZaloEvent(name == null ? "" : name, userOf(name, root), text(root.path("recipient"), "id"),
                text(root, "timestamp"), text(message, "msg_id"), text(message, "text"), List.copyOf(attachments),
                text(root.path("sender"), "admin_id"), text(info, "name"), text(info, "phone"),
                text(message, "tracking_id"), List.copyOf(msgIds), text(message, "delivery_time"));
    }

    private static String userOf(String name, JsonNode root) {
        if (name != null && name.startsWith("oa_send_")) {
            return text(root.path("recipient"), "id");
        }
        String[] candidates = {text(root.path("sender"), "id"), text(root.path("follower"), "id"),
                text(root, "user_id")};
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /** Where redeliveries collide: the message id, else event name + user + timestamp. */
    public String dedupeKey() {
        if (msgId != null) {
            return "msg:" + eventName + ":" + msgId;
        }
        return "evt:" + eventName + ":" + (userId == null ? "-" : userId) + ":" + (timestamp == null ? "-" : timestamp);
    }

    public Instant time() {
        try {
            return timestamp == null ? Instant.now() : Instant.ofEpochMilli(Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.isEmpty() ? null : text;
    }
}
