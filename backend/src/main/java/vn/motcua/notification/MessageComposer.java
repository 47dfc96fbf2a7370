package vn.motcua.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.BaseUrls;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a message: the Vietnamese text of a consultation message from {@code templates/notifications/<kind>.txt}
 * (or its public variant), and the parameters of the approved Zalo template from the configured mapping, each
 * formatted and checked as its declared Zalo type (see {@link TemplateParams}).
 */
@ApplicationScoped
public class MessageComposer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /**
     * The template mapping for followers who did not prove to be the applicant: one template for every kind,
     * carrying only what the public lookup shows (code, procedure, status, dates, agency, link).
     */
    public static final String PUBLIC_TEMPLATE = "status-update";
    /** Kinds whose text holds private facts (papers, fees, reasons): followers get their public variant. */
    private static final Set<NotificationKind> PRIVATE_TEXT = EnumSet.of(NotificationKind.SUPPLEMENT_REQUIRED,
            NotificationKind.FEE_DUE, NotificationKind.REFUSED, NotificationKind.STOPPED, NotificationKind.DELAYED);
    /** Variables the public lookup does not show; never in a message to an unproven follower. */
    private static final List<String> PRIVATE_VARIABLES = List.of("name", "reason", "documents", "amount");

    private final Engine engine;
    private final Map<String, NotificationSettings.TemplateMapping> templates;
    private final Map<String, TemplateParams> params = new HashMap<>();
    private final String baseUrl;

    public MessageComposer(Engine engine, MotCuaConfig config, NotificationSettings notifications) {
        this.engine = engine;
        this.templates = notifications.templates();
        templates.forEach((key, mapping) -> params.put(key, TemplateParams.of(
                mapping.templateId().orElse(key), mapping)));
        this.baseUrl = BaseUrls.withoutTrailingSlash(config.publicBaseUrl());
    }

    /** The approved template of a kind, if the province registered one. */
    public Optional<String> templateId(NotificationKind kind) {
        return templateId(kind.key());
    }

    /** The template a message uses: the kind's, or for an unproven follower the public one. */
    public Optional<String> templateId(NotificationKind kind, boolean publicOnly) {
        return templateId(publicOnly ? PUBLIC_TEMPLATE : kind.key());
    }

    public Optional<String> templateId(String key) {
        return Optional.ofNullable(templates.get(key)).flatMap(NotificationSettings.TemplateMapping::templateId)
                .filter(id -> !id.isBlank());
    }

    /** The declared parameters of a mapping (kind key or {@link #PUBLIC_TEMPLATE}). */
    public TemplateParams params(String key) {
        return params.getOrDefault(key, TemplateParams.of(key, null));
    }

    public String text(ClaimedMessage message) {
        NotificationKind kind = message.kind();
        boolean publicText = message.publicOnly() && PRIVATE_TEXT.contains(kind);
        Template template = engine.getTemplate("notifications/" + (publicText ? "public/" : "") + kind.key() + ".txt");
        if (template == null) {
            throw new IllegalStateException("no text for notification kind " + kind.key());
        }
        return Normalizer.normalize(template.data(values(message)).render().strip(), Normalizer.Form.NFC);
    }

    /**
     * The template parameters, formatted as their Zalo types; a {@link TemplateValueException} when one cannot
     * fit. The applicant's full name only goes to the applicant's own phone.
     */
    public Map<String, String> templateData(ClaimedMessage message, boolean toApplicantPhone) {
        Map<String, Object> values = values(message);
        if (!toApplicantPhone && values.get("name") != null) {
            values.put("name", Masking.maskName((String) values.get("name")));
        }
        values.put("amount", message.publicOnly() ? null : message.feeTotal());
        return params(message.publicOnly() ? PUBLIC_TEMPLATE : message.kind().key()).data(values);
    }

    public String link(ClaimedMessage message) {
        return baseUrl + "/tra-cuu/" + URLEncoder.encode(message.code(), StandardCharsets.UTF_8);
    }

    Map<String, Object> values(ClaimedMessage message) {
        JsonObject payload = new JsonObject(message.payload());
        Map<String, Object> values = new HashMap<>();
        values.put("code", message.code());
        values.put("name", message.applicantName());
        values.put("procedure", Optional.ofNullable(message.procedureName()).orElse("thủ tục hành chính"));
        values.put("status", Optional.ofNullable(message.dossierStatus()).flatMap(DossierStatus::fromCode)
                .map(DossierStatus::label).orElse(""));
        values.put("dueDate", date(message.dueAt()));
        values.put("previousDueDate", date(VietnamTime.parseIso(payload.getString("previousDueAt"))));
        values.put("reason", Optional.ofNullable(payload.getString("reason")).orElse(message.lastNote()));
        String missing = message.missingDocuments();
        values.put("documents", missing == null ? List.of()
                : Arrays.stream(missing.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        BigDecimal fee = message.feeTotal();
        values.put("amount", fee == null ? null : String.format(java.util.Locale.GERMANY, "%,d đồng", fee.longValue()));
        values.put("agency", message.agencyName());
        values.put("hotline", message.hotline());
        values.put("url", link(message));
        values.put("byPost", "post".equalsIgnoreCase(message.resultDelivery()));
        if (message.publicOnly()) {
            PRIVATE_VARIABLES.forEach(variable -> values.put(variable, variable.equals("documents") ? List.of() : null));
        }
        return values;
    }

    private static String date(OffsetDateTime time) {
        return time == null ? null : VietnamTime.inVietnam(time).format(DATE);
    }
}
