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
    /** No text of a dossier record is longer (the longest columns hold 4,000 characters). */
    static final int MAX_TEXT = 10_000;
    static final int MAX_LIST = 200;
    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;
    private final List<String> warnings;

    RecordReader(JsonNode node, String prefix, List<FieldError> errors, List<String> warnings) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
        this.warnings = warnings;
    }

    static RecordReader of(JsonNode node) {
        return new RecordReader(node, "", new ArrayList<>(), new ArrayList<>());
    }

    List<FieldError> errors() {
        return errors;
    }

    List<String> warnings() {
        return warnings;
    }

    void reject(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    /** Something the record says that is not taken as sent, without refusing the record. */
    void warn(String field, String message) {
        warnings.add(prefix + field + ": " + message);
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
            String text = checked(field, value.asText().strip());
            return text == null || text.isEmpty() ? null : text;
        }
        reject(field, "must be a string");
        return null;
    }

    /**
     * PostgreSQL cannot store NUL in text, and no field of a dossier is megabytes long: both are refused here, with
     * the field's name, rather than failing later as a database error.
     */
    private String checked(String field, String text) {
        if (text.indexOf('\u0000') >= 0) {
            reject(field, "contains a NUL character");
            return null;
        }
        if (text.length() > MAX_TEXT) {
            reject(field, "longer than " + MAX_TEXT + " characters");
            return null;
        }
        return text;
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

    /** An amount of money in đồng (see {@link Money}); a wrong one is refused with the field's name. */
    BigDecimal money(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        try {
            return Money.read(value);
        } catch (IllegalArgumentException e) {
            reject(field, e.getMessage());
            return null;
        }
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

    /** {@code yyyyMMddHHmmss}, or ISO-8601 as C# senders write typed dates. */
    OffsetDateTime nationalDate(String field) {
        return parsed(field, VietnamTime::parseNationalOrIso);
    }

    /** A date of a nested item: one that cannot be read is dropped with a warning, never refusing the record. */
    OffsetDateTime nestedNationalDate(String field) {
        List<FieldError> own = new ArrayList<>();
        OffsetDateTime time = new RecordReader(node, prefix, own, warnings).parsed(field, VietnamTime::parseNationalOrIso);
        own.forEach(e -> warnings.add(e.field() + ": " + e.message() + ", ignored"));
        return time;
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
        return elements(field, false);
    }

    /**
     * Elements of a nested list where one bad item must not cost the dossier: a non-array or an element that is not
     * an object is left out with a warning.
     */
    List<RecordReader> tolerantArray(String field) {
        return elements(field, true);
    }

    /** The readers of a list's object elements; what is not a list or not an object is an error or, tolerant, a warning. */
    private List<RecordReader> elements(String field, boolean tolerant) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return List.of();
        }
        if (!value.isArray()) {
            if (tolerant) {
                warn(field, "not a list, ignored");
            } else {
                reject(field, "must be an array");
            }
            return List.of();
        }
        if (value.size() > MAX_LIST) {
            reject(field, "more than " + MAX_LIST + " items");
            return List.of();
        }
        List<RecordReader> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String at = prefix + field + "[" + i + "]";
            if (item.isObject()) {
                items.add(new RecordReader(item, at + ".", errors, warnings));
            } else if (tolerant) {
                warnings.add(at + ": not an object, ignored");
            } else {
                errors.add(new FieldError(at, "must be an object"));
            }
        }
        return items;
    }

    /**
     * Like {@link #tolerantArray} but plain strings are skipped silently (the caller reads them itself), and a list
     * longer than {@value #MAX_LIST} is read up to there with one warning: every element read can add a warning of
     * its own, and a 5 MB body of empty objects must not become an answer of a quarter of a million warnings.
     */
    List<RecordReader> tolerantArrayOfObjects(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isArray()) {
            return tolerantArray(field);
        }
        if (value.size() > MAX_LIST) {
            warn(field, "more than " + MAX_LIST + " items: the rest are ignored");
        }
        List<RecordReader> items = new ArrayList<>();
        for (int i = 0; i < Math.min(value.size(), MAX_LIST); i++) {
            JsonNode item = value.get(i);
            if (item.isObject()) {
                items.add(new RecordReader(item, prefix + field + "[" + i + "].", errors, warnings));
            } else if (!item.isTextual()) {
                warnings.add(prefix + field + "[" + i + "]: neither a name nor an object, ignored");
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
        return new RecordReader(value, prefix + field + ".", errors, warnings);
    }

    /** Strings of an array field (each element a string or number), at most {@value #MAX_LIST}. */
    List<String> strings(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            reject(field, "must be an array of strings");
            return List.of();
        }
        if (value.size() > MAX_LIST) {
            reject(field, "more than " + MAX_LIST + " items");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isValueNode() && !item.asText().isBlank()) {
                String text = checked(field + "[" + i + "]", item.asText().strip());
                if (text != null) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }
}
