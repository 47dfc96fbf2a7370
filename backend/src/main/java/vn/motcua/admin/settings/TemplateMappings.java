package vn.motcua.admin.settings;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AdminNotification;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.notification.MessageComposer;
import vn.motcua.notification.NotificationKind;
import vn.motcua.notification.NotificationSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    public TemplateMappings(MessageComposer composer, MotCuaConfig config) {
        this.composer = composer;
        this.templates = config.notifications().templates();
    }

    public List<Mapping> list() {
        List<Mapping> list = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            NotificationSettings.TemplateMapping mapping = templates.get(kind.key());
            List<Param> params = new ArrayList<>();
            if (mapping != null) {
                new TreeMap<>(mapping.params()).forEach((name, variable) ->
                        params.add(new Param(name, variable, VARIABLES.contains(variable))));
            }
            list.add(new Mapping(kind.key(), AdminNotification.kindLabel(kind.key()),
                    composer.templateId(kind).orElse(null), params));
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

    /** A template parameter and the message variable that fills it; {@code known} is false for a typo. */
    public record Param(String name, String variable, boolean known) {
    }
}
