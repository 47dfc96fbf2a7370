package vn.motcua.admin.settings;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AdminNotification;
import vn.motcua.notification.MessageComposer;
import vn.motcua.notification.NotificationKind;
import vn.motcua.notification.NotificationSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Zalo template configured for each message kind and how its parameters are filled, read from
 * {@code motcua.notifications.templates.<kind>.*}. Read-only: the mapping is configuration (environment
 * variables), reviewed with the template Zalo approved, not something to change from a browser.
 */
@ApplicationScoped
public class TemplateMappings {
    /** The variables MessageComposer fills; a parameter mapped to anything else is sent empty. */
    static final Set<String> VARIABLES = Set.of("code", "name", "procedure", "status", "due_date", "previous_due_date",
            "reason", "documents", "amount", "agency", "hotline", "url");

    private final MessageComposer composer;
    private final Map<String, NotificationSettings.TemplateMapping> templates;

    public TemplateMappings(MessageComposer composer, NotificationSettings notifications) {
        this.composer = composer;
        this.templates = notifications.templates();
    }

    public List<Mapping> list() {
        List<Mapping> list = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            keys.add(kind.key());
        }
        keys.add(MessageComposer.PUBLIC_TEMPLATE);
        for (String key : keys) {
            NotificationSettings.TemplateMapping mapping = templates.get(key);
            List<Param> params = new ArrayList<>();
            if (mapping != null) {
                composer.params(key).params().forEach(p -> params.add(new Param(p.name(), p.variable(),
                        VARIABLES.contains(p.variable()), p.type().code(), p.type().zaloName(), p.maxLength(), p.problem())));
            }
            list.add(new Mapping(key, AdminNotification.kindLabel(key), composer.templateId(key).orElse(null), params));
        }
        return list;
    }

    /** One kind's mapping; {@code templateId} is null when none is configured (only consultation messages go). */
    public record Mapping(String kind, String label, String templateId, List<Param> params) {
        public String property() {
            return "motcua.notifications.templates." + kind + ".template-id";
        }

        public String environment() {
            return "MOTCUA_NOTIFICATIONS_TEMPLATES_" + kind.toUpperCase(Locale.ROOT).replace('-', '_') + "_TEMPLATE_ID";
        }
    }

    /**
     * A template parameter, the message variable that fills it ({@code known} is false for a typo) and its declared
     * Zalo type and maximum length; {@code problem} is a mistake in the declaration.
     */
    public record Param(String name, String variable, boolean known, String type, String zaloType, int maxLength,
                        String problem) {
    }
}
