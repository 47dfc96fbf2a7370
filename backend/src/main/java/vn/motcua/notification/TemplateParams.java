package vn.motcua.notification;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One template's parameters as the mapping declares them: the variable each carries, its Zalo type and the
 * longest value it takes ({@code motcua.notifications.templates.<kind>.param-types.<param>=<type>[:<max>]}, the
 * type following from the variable when not declared). Formats values as Zalo checks them: currency a bare
 * integer, dates dd/mm/yyyy, phones digits only; and refuses what does not fit.
 */
public final class TemplateParams {
    private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    /** Text parameters that have no value: Zalo refuses an empty one. */
    static final String NONE = "Không có";

    /** One declared parameter; {@code problem} is a configuration mistake to show (an unknown type, a bad length). */
    public record Param(String name, String variable, TemplateParamType type, int maxLength, String problem) {
    }

    private final String templateId;
    private final List<Param> params;

    private TemplateParams(String templateId, List<Param> params) {
        this.templateId = templateId;
        this.params = List.copyOf(params);
    }

    public static TemplateParams of(String templateId, NotificationSettings.TemplateMapping mapping) {
        List<Param> params = new ArrayList<>();
        if (mapping != null) {
            new TreeMap<>(mapping.params()).forEach((name, variable) ->
                    params.add(declared(name, variable, mapping.paramTypes().get(name))));
        }
        return new TemplateParams(templateId, params);
    }

    private static Param declared(String name, String variable, String declaration) {
        TemplateParamType fallback = TemplateParamType.defaultFor(variable);
        if (declaration == null || declaration.isBlank()) {
            return new Param(name, variable, fallback, fallback.maxLength(), null);
        }
        String[] parts = declaration.strip().split(":", 2);
        var type = TemplateParamType.fromCode(parts[0]);
        if (type.isEmpty()) {
            return new Param(name, variable, fallback, fallback.maxLength(),
                    "kiểu \"" + parts[0] + "\" không có; dùng " + fallback.code());
        }
        int max = type.get().maxLength();
        if (parts.length == 2) {
            try {
                max = Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                return new Param(name, variable, type.get(), type.get().maxLength(), "độ dài \"" + parts[1] + "\" không phải số");
            }
            if (max < 1 || max > type.get().maxLength()) {
                return new Param(name, variable, type.get(), type.get().maxLength(), "độ dài " + max
                        + " vượt giới hạn " + type.get().maxLength() + " của kiểu " + type.get().code());
            }
        }
        return new Param(name, variable, type.get(), max, null);
    }

    public List<Param> params() {
        return params;
    }

    /** The parameter values, formatted for Zalo; a {@link TemplateValueException} when one cannot fit. */
    Map<String, String> data(Map<String, Object> values) {
        Map<String, String> data = new java.util.LinkedHashMap<>();
        for (Param param : params) {
            data.put(param.name(), format(param, values.get(camel(param.variable()))));
        }
        return data;
    }

    String format(Param param, Object value) {
        String text = switch (param.type().shape()) {
            case DIGITS -> digits(param, value);
            case PHONE -> value == null ? null : value.toString().replaceAll("[^0-9]", "");
            case DATE -> value == null ? null : value.toString().strip();
            case URL -> value == null ? null : value.toString().strip();
            case TEXT -> value instanceof List<?> list
                    ? String.join("; ", list.stream().map(String::valueOf).toList())
                    : value == null ? null : value.toString().strip();
        };
        if (text == null || text.isEmpty()) {
            if (param.type().shape() == TemplateParamType.Shape.TEXT) {
                return NONE;
            }
            throw refused(param, "không có giá trị");
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        int length = text.codePointCount(0, text.length());
        if (length > param.maxLength()) {
            throw refused(param, "giá trị dài " + length + " ký tự, kiểu " + param.type().code() + " nhận tối đa "
                    + param.maxLength());
        }
        if (param.type().shape() == TemplateParamType.Shape.DATE && !DATE.matcher(text).matches()) {
            throw refused(param, "\"" + text + "\" không phải ngày dd/mm/yyyy");
        }
        if (param.type().shape() == TemplateParamType.Shape.URL && !text.matches("https?://\\S+")) {
            throw refused(param, "không phải một đường dẫn http(s)");
        }
        return text;
    }

    private String digits(Param param, Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = value instanceof BigDecimal b ? b : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw refused(param, "\"" + value + "\" không phải số");
        }
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
            throw refused(param, number.toPlainString() + " không phải số nguyên dương");
        }
        return number.toBigInteger().toString();
    }

    private TemplateValueException refused(Param param, String why) {
        return new TemplateValueException(templateId, "Mẫu " + templateId + ", tham số " + param.name() + " ("
                + param.variable() + "): " + why);
    }

    static String camel(String variable) {
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
}
