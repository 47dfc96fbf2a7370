package vn.motcua.zalo.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link FakeZalo}'s approved templates: their typed parameters, checked and described as Zalo does. */
final class FakeTemplates {
    private final Map<String, List<FakeZalo.Param>> templates = new ConcurrentHashMap<>();

    void register(String templateId, List<FakeZalo.Param> params) {
        templates.put(templateId, params);
    }

    void clear() {
        templates.clear();
    }

    /** Zalo's refusal of a template message's data: -1122 missing, -1121 too long, -1124 not of the type. */
    int check(JsonObject body) {
        List<FakeZalo.Param> params = templates.get(body.getString("template_id"));
        if (params == null) {
            return 0;
        }
        JsonObject data = body.getJsonObject("template_data", new JsonObject());
        for (FakeZalo.Param p : params) {
            Object value = data.getValue(p.name());
            if (value == null || value.toString().isEmpty()) {
                return -1122;
            }
            String text = value.toString();
            if (text.codePointCount(0, text.length()) > p.maxLength()) {
                return -1121;
            }
            if (p.type().equals("NUMBER") && !text.matches("\\d+")) {
                return -1124;
            }
            if (p.type().equals("DATE") && !text.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return -1124;
            }
        }
        return 0;
    }

    /** The template info endpoint's {@code data}: status and parameter list. */
    JsonObject info(String templateId) {
        JsonArray params = new JsonArray();
        templates.getOrDefault(templateId, List.of()).forEach(p -> params.add(
                new JsonObject().put("name", p.name()).put("require", true).put("type", p.type())
                        .put("maxLength", p.maxLength()).put("minLength", 0).put("acceptNull", false)));
        return new JsonObject().put("templateId", templateId).put("templateName", "Mẫu " + templateId)
                .put("status", "ENABLE").put("listParams", params);
    }
}
