package vn.motcua.zalo.sandbox;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import vn.motcua.common.Masking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One bubble of the simulated chat: what the citizen sent, or what the OA would have sent; mobile numbers are
 * masked (a shared phone, a template by phone), as everywhere the sandbox shows what it recorded.
 */
public record ChatLine(boolean citizen, String text, List<Button> buttons, boolean consentRequest,
                       OffsetDateTime at) {

    /** A button as Zalo shows it: {@code query} buttons send their text back, the others open a URL or call. */
    public record Button(String title, String type, String value) {
        public boolean query() {
            return type.startsWith("oa.query");
        }

        public boolean phone() {
            return type.equals("oa.open.phone");
        }
    }

    static ChatLine fromCitizen(String rawEvent, OffsetDateTime at) {
        JsonObject event = new JsonObject(rawEvent);
        JsonObject message = event.getJsonObject("message", new JsonObject());
        String text = switch (event.getString("event_name", "")) {
            case "user_send_text" -> message.getString("text", "");
            case "user_send_image" -> "[Ảnh đính kèm]";
            case "user_submit_info" -> "[Đã chia sẻ số điện thoại " + shared(event) + "]";
            case "follow" -> "[Đã quan tâm Official Account]";
            default -> "[" + event.getString("event_name", "") + "]";
        };
        return new ChatLine(true, Masking.maskPhonesIn(text), List.of(), false, at);
    }

    /** The shared phone as the record may show it: masked, whatever the citizen typed. */
    private static String shared(JsonObject event) {
        String phone = vn.motcua.common.PhoneNumbers.normaliseOrNull(
                event.getJsonObject("info", new JsonObject()).getString("phone"));
        return phone == null ? "không hợp lệ" : Masking.maskPhone(phone);
    }

    static ChatLine fromOa(String text, JsonObject body, OffsetDateTime at) {
        JsonObject message = body.getJsonObject("message", new JsonObject());
        JsonObject payload = message.getJsonObject("attachment", new JsonObject())
                .getJsonObject("payload", new JsonObject());
        if ("request_user_info".equals(payload.getString("template_type"))) {
            JsonObject element = payload.getJsonArray("elements", new JsonArray()).getJsonObject(0);
            return new ChatLine(false, Masking.maskPhonesIn(element.getString("title") + "\n" + element.getString("subtitle")),
                    List.of(), true, at);
        }
        List<Button> buttons = new ArrayList<>();
        for (Object item : payload.getJsonArray("buttons", new JsonArray())) {
            JsonObject button = (JsonObject) item;
            Object value = button.getValue("payload");
            String shown = value instanceof JsonObject object
                    ? object.getString("url", object.getString("phone_code", "")) : String.valueOf(value);
            buttons.add(new Button(button.getString("title"), button.getString("type"), shown));
        }
        return new ChatLine(false, Masking.maskPhonesIn(text), buttons, false, at);
    }
}
