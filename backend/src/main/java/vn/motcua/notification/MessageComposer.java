package vn.motcua.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Masking;
import vn.motcua.common.VietnamTime;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.dossier.DossierStatus;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a message: the Vietnamese text of a consultation message from {@code templates/notifications/
 * <kind>.txt}, and the parameters of the approved Zalo template from the configured mapping, each cut to
 * Zalo's length limits (names and codes 30 characters, addresses and URLs 200).
 */
@ApplicationScoped
public class MessageComposer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Variables that are names, codes, dates or amounts: 30 characters; everything else: 200. */
    private static final List<String> SHORT = List.of("code", "name", "status", "due_date", "previous_due_date",
            "amount", "hotline");

    private final Engine engine;
    private final Map<String, NotificationSettings.TemplateMapping> templates;
    private final String baseUrl;

    public MessageComposer(Engine engine, MotCuaConfig config) {
        this.engine = engine;
        this.templates = config.notifications().templates();
        String base = config.publicBaseUrl().strip();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The approved template of a kind, if the province registered one. */
    public Optional<String> templateId(NotificationKind kind) {
        return Optional.ofNullable(templates.get(kind.key())).flatMap(NotificationSettings.TemplateMapping::templateId)
                .filter(id -> !id.isBlank());
    }

    public String text(NotificationKind kind, Row row) {
        Template template = engine.getTemplate("notifications/" + kind.key() + ".txt");
        if (template == null) {
            throw new IllegalStateException("no text for notification kind " + kind.key());
        }
        return Normalizer.normalize(template.data(values(row)).render().strip(), Normalizer.Form.NFC);
    }

    /** The template parameters; the applicant's full name only goes to the applicant's own phone. */
    public Map<String, String> templateData(NotificationKind kind, Row row, boolean toApplicantPhone) {
        Map<String, Object> values = values(row);
        if (!toApplicantPhone) {
            values.put("name", Masking.maskName((String) values.get("name")));
        }
        Map<String, String> data = new LinkedHashMap<>();
        NotificationSettings.TemplateMapping mapping = templates.get(kind.key());
        mapping.params().forEach((param, variable) -> {
            Object value = values.get(camel(variable));
            String text = value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
                    : value == null ? "" : String.valueOf(value);
            data.put(param, cut(text, SHORT.contains(variable) ? 30 : 200));
        });
        return data;
    }

    public String link(Row row) {
        return baseUrl + "/tra-cuu/" + URLEncoder.encode(row.getString("code"), StandardCharsets.UTF_8);
    }

    Map<String, Object> values(Row row) {
        JsonObject payload = new JsonObject(row.getString("payload"));
        Map<String, Object> values = new HashMap<>();
        values.put("code", row.getString("code"));
        values.put("name", row.getString("applicant_name"));
        values.put("procedure", Optional.ofNullable(row.getString("procedure_name")).orElse("thủ tục hành chính"));
        values.put("status", DossierStatus.fromCode(row.getInteger("dossier_status")).map(DossierStatus::label).orElse(""));
        values.put("dueDate", date(row.getOffsetDateTime("due_at")));
        values.put("previousDueDate", date(VietnamTime.parseIso(payload.getString("previousDueAt"))));
        values.put("reason", Optional.ofNullable(payload.getString("reason")).orElse(row.getString("last_note")));
        String missing = row.getString("missing_documents");
        values.put("documents", missing == null ? List.of()
                : Arrays.stream(missing.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        BigDecimal fee = row.getBigDecimal("fee_total");
        values.put("amount", fee == null ? null : String.format(java.util.Locale.GERMANY, "%,d đồng", fee.longValue()));
        values.put("agency", row.getString("agency_name"));
        values.put("hotline", row.getString("hotline"));
        values.put("url", link(row));
        values.put("byPost", "post".equalsIgnoreCase(row.getString("result_delivery")));
        return values;
    }

    private static String camel(String variable) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : variable.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String date(OffsetDateTime time) {
        return time == null ? null : VietnamTime.inVietnam(time).format(DATE);
    }

    /** At most {@code max} characters (after NFC), cut on a code point with an ellipsis. */
    static String cut(String text, int max) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (normal.codePointCount(0, normal.length()) <= max) {
            return normal;
        }
        return normal.substring(0, normal.offsetByCodePoints(0, max - 1)) + "…";
    }
}
