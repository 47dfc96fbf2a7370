package vn.motcua.zalo.outbound;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The body of {@code POST /v3.0/oa/message/cs}: {@code recipient.user_id}, and a {@code message} with a text and an
 * optional button template, or the {@code request_user_info} template (the phone consent card).
 */
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

    /** The message a {@link #consultation} body was made from (the durable reply queue keeps bodies). */
    public static ZaloMessage fromConsultation(JsonObject body) {
        String userId = body.getJsonObject("recipient").getString("user_id");
        JsonObject message = body.getJsonObject("message");
        JsonObject payload = message.getJsonObject("attachment", new JsonObject()).getJsonObject("payload", new JsonObject());
        if ("request_user_info".equals(payload.getString("template_type"))) {
            JsonObject element = payload.getJsonArray("elements").getJsonObject(0);
            return ZaloMessage.consent(userId, new ZaloMessage.ConsentRequest(element.getString("title"),
                    element.getString("subtitle"), element.getString("image_url")));
        }
        java.util.List<ZaloButton> buttons = new java.util.ArrayList<>();
        for (Object item : payload.getJsonArray("buttons", new JsonArray())) {
            JsonObject button = (JsonObject) item;
            Object value = button.getValue("payload");
            String text = value instanceof JsonObject object
                    ? object.getString("url", object.getString("phone_code")) : String.valueOf(value);
            buttons.add(new ZaloButton(button.getString("title"), button.getString("type"), text));
        }
        return ZaloMessage.text(userId, message.getString("text"), buttons);
    }

    /** {@code POST /v3.0/oa/message/template}: by OA user id, no tracking id on this channel. */
    public static JsonObject templateToUser(TemplateMessage message) {
        return new JsonObject().put("user_id", message.userId()).put("template_id", message.templateId())
                .put("template_data", new JsonObject(new java.util.LinkedHashMap<>(message.data())));
    }

    /** {@code POST business.openapi.zalo.me/message/template}: by phone, with our tracking id. */
    public static JsonObject templateToPhone(TemplateMessage message) {
        return templateToPhone(message, false);
    }

    /** In development mode Zalo delivers the message only to the Zalo App's administrators (a province's pilot). */
    public static JsonObject templateToPhone(TemplateMessage message, boolean development) {
        JsonObject body = new JsonObject().put("phone", message.phone()).put("template_id", message.templateId())
                .put("template_data", new JsonObject(new java.util.LinkedHashMap<>(message.data())))
                .put("tracking_id", message.trackingId());
        return development ? body.put("mode", "development") : body;
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
