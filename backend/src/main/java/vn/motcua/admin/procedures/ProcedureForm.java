package vn.motcua.admin.procedures;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A procedure of the catalogue as an administrator edits or imports it (the columns of {@code procedure}).
 * Blank values are null: on import they keep what the catalogue already had.
 */
public record ProcedureForm(String code, String name, String fieldCode, String fieldName, Integer processingDays,
                            String fees, String requiredDocuments) {
    static final int MAX_DAYS = 3650;

    public static ProcedureForm of(String code, String name, String fieldCode, String fieldName, Integer processingDays,
                                   String fees, String requiredDocuments) {
        return new ProcedureForm(clean(code), clean(name), clean(fieldCode), clean(fieldName), processingDays, clean(fees),
                documents(requiredDocuments));
    }

    /** What is wrong with it, in Vietnamese; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, code, "mã thủ tục", 60, true);
        check(problems, name, "tên thủ tục", 500, true);
        check(problems, fieldCode, "mã lĩnh vực", 60, false);
        check(problems, fieldName, "tên lĩnh vực", 200, false);
        check(problems, fees, "phí, lệ phí", 1000, false);
        check(problems, requiredDocuments, "thành phần hồ sơ", 20_000, false);
        if (processingDays != null && (processingDays < 0 || processingDays > MAX_DAYS)) {
            problems.add("Thời hạn giải quyết phải từ 0 đến " + MAX_DAYS + " ngày làm việc.");
        }
        return problems;
    }

    /** The documents one per line, as a list (for the edit form and the audit line). */
    public int documentCount() {
        return requiredDocuments == null ? 0 : requiredDocuments.split("\n").length;
    }

    /** A short description for the audit log. */
    public String summary() {
        return "name=" + name + ", field=" + (fieldCode == null ? "" : fieldCode) + " " + (fieldName == null ? "" : fieldName)
                + ", processingDays=" + processingDays + ", fees=" + (fees == null ? "" : fees)
                + ", documents=" + documentCount();
    }

    private static void check(List<String> problems, String value, String what, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add("Thiếu " + what + ".");
            }
        } else if (value.length() > max) {
            problems.add(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " dài quá " + max + " ký tự.");
        }
    }

    /** Stripped, in composed Unicode (NFC: one code point per Vietnamese letter), or null when blank. */
    static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    private static String documents(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = text.lines().map(ProcedureForm::clean).filter(l -> l != null).toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
