package vn.motcua.zalo.outbound;

import java.util.Map;

/**
 * An approved template message, to an OA user id or to a phone (84...). The tracking id (ours, at most 48
 * characters) is echoed in the phone channel's receipts; the preview is the Vietnamese text the template
 * says, kept by the sandbox so that people can read what would have gone.
 */
public record TemplateMessage(String userId, String phone, String templateId, Map<String, String> data,
                              String trackingId, String preview) {

    public TemplateMessage {
        if ((userId == null) == (phone == null)) {
            throw new IllegalArgumentException("a template message goes to a user id or to a phone");
        }
        if (templateId == null || templateId.isBlank()) {
            throw new IllegalArgumentException("a template message needs an approved template id");
        }
        if (trackingId != null && trackingId.length() > 48) {
            throw new IllegalArgumentException("tracking ids have at most 48 characters");
        }
        data = Map.copyOf(data);
    }

    public static TemplateMessage toUser(String userId, String templateId, Map<String, String> data, String preview) {
        return new TemplateMessage(userId, null, templateId, data, null, preview);
    }

    public static TemplateMessage toPhone(String phone, String templateId, Map<String, String> data,
                                          String trackingId, String preview) {
        return new TemplateMessage(null, phone, templateId, data, trackingId, preview);
    }
}
