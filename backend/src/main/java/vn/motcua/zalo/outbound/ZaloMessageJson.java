package vn.motcua.zalo.outbound;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The body of {@code POST /v3.0/oa/message/cs}, as zalo-platform.md describes it. */
public final class ZaloMessageJson {
    private ZaloMessageJson() {
    }

    public static JsonObject consultation(ZaloMessage message) {
        JsonObject body = new JsonObject();
        if (message.consent() != null) {
            JsonObject element = new JsonObject().put("title", message.consent().title())
                    .put("subtitle", message.consent().subtitle());
            if (message.consent().imageUrl() != null) {
                element.put("image_url", message.consent().imageUrl());
            }
            body.put("attachment", template(new JsonObject().put("template_type", "request_user_info")
                    .put("elements", new JsonArray().add(element))));
        } else {
            body.put("text", message.text());
            if (!message.buttons().isEmpty()) {
                JsonArray buttons = new JsonArray();
                message.buttons().forEach(b -> buttons.add(button(b)));
                body.put("attachment", template(new JsonObject().put("buttons", buttons)));
            }
        }
        return new JsonObject().put("recipient", new JsonObject().put("user_id", message.userId()))
                .put("message", body);
    }

    /** {@code POST /v3.0/oa/message/template}: by OA user id, no tracking id on this channel. */
    public static JsonObject templateToUser(TemplateMessage message) {
        return new JsonObject().put("user_id", message.userId()).put("template_id", message.templateId())
                .put("template_data", new JsonObject(new java.util.LinkedHashMap<>(message.data())));
    }

    /** {@code POST business.openapi.zalo.me/message/template}: by phone, with our tracking id. */
    public static JsonObject templateToPhone(TemplateMessage message) {
        return new JsonObject().put("phone", message.phone()).put("template_id", message.templateId())
                .put("template_data", new JsonObject(new java.util.LinkedHashMap<>(message.data())))
                .put("tracking_id", message.trackingId());
    }

    private static JsonObject template(JsonObject payload) {
        return new JsonObject().put("type", "template").put("payload", payload);
    }

    private static JsonObject button(ZaloButton button) {
        Object payload = switch (button.type()) {
            case ZaloButton.OPEN_URL -> new JsonObject().put("url", button.value());
            case ZaloButton.OPEN_PHONE -> new JsonObject().put("phone_code", button.value());
            default -> button.value();
        };
        return new JsonObject().put("title", button.title()).put("type", button.type()).put("payload", payload);
    }
}
