package vn.motcua.admin.settings;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.notification.FailurePolicy;
import vn.motcua.notification.MessageComposer;
import vn.motcua.notification.TemplateParams;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.LiveMessenger;
import vn.motcua.zalo.outbound.ZaloApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a kind's template mapping with the template Zalo approved, as Zalo's template-info endpoint describes
 * it: every parameter on both sides, its type and length, and where they disagree (a parameter Zalo does not
 * know, a required one nobody fills, a number declared as text, a longer value than Zalo takes).
 */
@ApplicationScoped
public class TemplateCheck {
    private final MessageComposer composer;
    private final LiveMessenger zalo;
    private final ZaloSettings settings;

    public TemplateCheck(MessageComposer composer, LiveMessenger zalo, ZaloSettings settings) {
        this.composer = composer;
        this.zalo = zalo;
        this.settings = settings;
    }

    /** One parameter, ours and Zalo's side by side; {@code problem} null when they agree. */
    public record Line(String name, String variable, String ourType, Integer ourMax, String zaloType,
                       Integer zaloMax, Boolean zaloRequired, String problem) {
    }

    /** {@code note}: why Zalo was not asked, or what it answered instead of the template. */
    public record Result(String kind, String templateId, String templateName, String status, List<Line> lines,
                         String note) {
        public long disagreements() {
            return lines.stream().filter(l -> l.problem() != null).count();
        }
    }

    public Uni<Result> check(String key) {
        String templateId = composer.templateId(key).orElse(null);
        TemplateParams ours = composer.params(key);
        if (templateId == null) {
            return Uni.createFrom().item(new Result(key, null, null, null, compare(ours, null),
                    "Chưa có mã mẫu Zalo cho loại thông báo này."));
        }
        if (settings.sandbox()) {
            return Uni.createFrom().item(new Result(key, templateId, null, null, compare(ours, null),
                    "Chế độ thử nghiệm (sandbox): không hỏi Zalo. Ở chế độ thật, trang này đọc danh sách tham số của mẫu từ Zalo."));
        }
        return zalo.templateInfo(templateId)
                .map(data -> new Result(key, templateId, data.getString("templateName", data.getString("template_name")),
                        String.valueOf(data.getValue("status", data.getValue("template_status", ""))),
                        compare(ours, zaloParams(data)), null))
                .onFailure(ZaloApiException.class).recoverWithItem(e -> new Result(key, templateId, null, null,
                        compare(ours, null), "Zalo không trả lời thông tin mẫu: " + FailurePolicy.describe((ZaloApiException) e)));
    }

    /** Zalo's parameters by name; both spellings seen in the wild (listParams/maxLength, template_params/max_length). */
    static Map<String, JsonObject> zaloParams(JsonObject data) {
        JsonArray list = data.getJsonArray("listParams", data.getJsonArray("template_params", new JsonArray()));
        Map<String, JsonObject> byName = new LinkedHashMap<>();
        for (Object item : list) {
            if (item instanceof JsonObject param && param.getString("name") != null) {
                byName.put(param.getString("name"), param);
            }
        }
        return byName;
    }

    static List<Line> compare(TemplateParams ours, Map<String, JsonObject> theirs) {
        List<Line> lines = new ArrayList<>();
        Map<String, JsonObject> left = theirs == null ? Map.of() : new LinkedHashMap<>(theirs);
        for (TemplateParams.Param p : ours.params()) {
            JsonObject z = theirs == null ? null : left.remove(p.name());
            String type = p.type().code() + " (" + p.type().zaloName() + ")";
            if (theirs == null) {
                lines.add(new Line(p.name(), p.variable(), type, p.maxLength(), null, null, null, p.problem()));
                continue;
            }
            String problem = p.problem();
            Integer max = z == null ? null : integer(z.getValue("maxLength", z.getValue("max_length")));
            String zaloType = z == null ? null : String.valueOf(z.getValue("type", ""));
            if (z == null) {
                problem = join(problem, "Zalo không có tham số này trong mẫu: tin sẽ bị từ chối");
            } else {
                boolean zaloNumber = "NUMBER".equalsIgnoreCase(zaloType);
                if (zaloNumber != p.type().numeric()) {
                    problem = join(problem, "Zalo khai báo kiểu " + zaloType + ", cấu hình là " + p.type().code());
                }
                if (max != null && p.maxLength() > max) {
                    problem = join(problem, "cấu hình cho phép dài tới " + p.maxLength() + " ký tự, Zalo chỉ nhận " + max);
                }
            }
            lines.add(new Line(p.name(), p.variable(), type, p.maxLength(), zaloType, max,
                    z == null ? null : z.getBoolean("require", true), problem));
        }
        left.forEach((name, z) -> {
            boolean required = z.getBoolean("require", true);
            lines.add(new Line(name, null, null, null, String.valueOf(z.getValue("type", "")),
                    integer(z.getValue("maxLength", z.getValue("max_length"))), required,
                    required ? "Zalo bắt buộc tham số này nhưng cấu hình không điền (-1122)" : null));
        });
        return lines;
    }

    private static Integer integer(Object value) {
        try {
            return value == null ? null : Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
