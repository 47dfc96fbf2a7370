package vn.motcua.zalo.webhook;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a webhook event the bot reads. Ids and timestamps stay strings (some ids exceed 2^53). The user
 * is {@code sender.id} for user events, {@code follower.id} for follow events, {@code recipient.id} for the
 * OA's own echoes and for delivery and seen receipts (the OA sends those: the citizen, or for a template by phone
 * the phone, is the recipient), so that each citizen's events are filed, and run, under that citizen. {@code recipientId} is the OA id, or the phone number in template-by-phone receipts.
 */
public record ZaloEvent(String eventName, String userId, String recipientId, String timestamp, String msgId, String text,
                        List<Attachment> attachments, String adminId, String infoName, String infoPhone,
                        String trackingId, List<String> msgIds, String deliveryTime) {

    public record Attachment(String type, String url) {
    }

    private static final java.util.Set<String> RECEIPTS = java.util.Set.of("user_received_message", "user_seen_message");

    public static ZaloEvent parse(JsonNode root) {
        String name = text(root, "event_name");
        JsonNode message = root.path("message");
        List<Attachment> attachments = new ArrayList<>();
        message.path("attachments").forEach(a -> attachments.add(new Attachment(text(a, "type"),
                text(a.path("payload"), "url"))));
        List<String> msgIds = new ArrayList<>();
        message.path("msg_ids").forEach(id -> msgIds.add(clean(id.asText())));
        JsonNode info = root.path("info");
        return new ZaloEvent(name == null ? "" : name, userOf(name, root), text(root.path("recipient"), "id"),
                text(root, "timestamp"), text(message, "msg_id"), text(message, "text"), List.copyOf(attachments),
                text(root.path("sender"), "admin_id"), text(info, "name"), text(info, "phone"),
                text(message, "tracking_id"), List.copyOf(msgIds), text(message, "delivery_time"));
    }

    private static String userOf(String name, JsonNode root) {
        // the OA's echoes and the delivery and seen receipts come with the OA as sender: the citizen is the recipient
        if (name != null && (name.startsWith("oa_send_") || RECEIPTS.contains(name))) {
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
        String text = clean(value.isValueNode() ? value.asText() : value.toString());
        return text.isEmpty() ? null : text;
    }

    /**
     * Without control characters other than line breaks and tabs: JSON may carry {@code \u0000}, which
     * PostgreSQL cannot store in text, and none of them means anything in a citizen's message.
     */
    static String clean(String text) {
        return CONTROL.matcher(text).find() ? CONTROL.matcher(text).replaceAll("") : text;
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
}
