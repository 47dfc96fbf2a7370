package vn.motcua.intake;

import com.fasterxml.jackson.databind.JsonNode;
import vn.motcua.common.VietnamTime;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one JSON record field by field, collecting a message per bad field instead of failing on the
 * first. Values may travel as strings or numbers (the national format sends "2" for 2); empty strings
 * mean "not set".
 */
final class RecordReader {
    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;

    RecordReader(JsonNode node, String prefix, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    static RecordReader of(JsonNode node) {
        return new RecordReader(node, "", new ArrayList<>());
    }

    List<FieldError> errors() {
        return errors;
    }

    void reject(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            String text = value.asText().strip();
            if (text.indexOf('\u0000') >= 0) {
                // PostgreSQL cannot store NUL in text: refuse the field rather than fail the record later
                reject(field, "contains a NUL character");
                return null;
            }
            return text.isEmpty() ? null : text;
        }
        reject(field, "must be a string");
        return null;
    }

    String text(String field, int maxLength) {
        String text = text(field);
        if (text != null && text.length() > maxLength) {
            reject(field, "longer than " + maxLength + " characters");
            return null;
        }
        return text;
    }

    Integer integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual()) {
            try {
                return Integer.parseInt(value.asText().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        reject(field, "must be a whole number");
        return null;
    }

    BigDecimal decimal(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().strip().replace(",", ""));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        reject(field, "must be a number");
        return null;
    }

    Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText().strip().toLowerCase();
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> {
                reject(field, "must be true or false");
                yield null;
            }
        };
    }

    OffsetDateTime nationalDate(String field) {
        return parsed(field, VietnamTime::parseNational);
    }

    OffsetDateTime isoDate(String field) {
        return parsed(field, VietnamTime::parseIso);
    }

    private OffsetDateTime parsed(String field, Function<String, OffsetDateTime> parser) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            OffsetDateTime time = parser.apply(text);
            if (time.getYear() < 1990 || time.getYear() > 2100) {
                reject(field, "date out of range: " + text);
                return null;
            }
            return time;
        } catch (IllegalArgumentException e) {
            reject(field, e.getMessage());
            return null;
        }
    }

    /** Elements of an array field, each with its own reader; a non-array is an error. */
    List<RecordReader> array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return List.of();
        }
        if (!value.isArray()) {
            reject(field, "must be an array");
            return List.of();
        }
        List<RecordReader> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPrefix = prefix + field + "[" + i + "].";
            if (!item.isObject()) {
                errors.add(new FieldError(prefix + field + "[" + i + "]", "must be an object"));
            } else {
                items.add(new RecordReader(item, itemPrefix, errors));
            }
        }
        return items;
    }

    /** The object under a field, or null; a non-object is an error. */
    RecordReader object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            reject(field, "must be an object");
            return null;
        }
        return new RecordReader(value, prefix + field + ".", errors);
    }

    /** Strings of an array field (each element a string or number). */
    List<String> strings(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            reject(field, "must be an array of strings");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        value.forEach(item -> {
            if (item.isValueNode() && !item.asText().isBlank()) {
                texts.add(item.asText().strip());
            }
        });
        return texts;
    }
}
