package vn.motcua.notification;

/**
 * A value that a template parameter cannot carry (too long for its type, not a number, no date): a problem of the
 * template's configuration, shown to administrators, never cut silently.
 */
public class TemplateValueException extends RuntimeException {
    private final String templateId;

    public TemplateValueException(String templateId, String message) {
        super(message);
        this.templateId = templateId;
    }

    public String templateId() {
        return templateId;
    }
}
