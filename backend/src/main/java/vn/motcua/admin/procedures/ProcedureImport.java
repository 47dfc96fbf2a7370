package vn.motcua.admin.procedures;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.problem.ProblemException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a procedure catalogue file: a JSON array of procedures, or an object whose {@code data} is that array
 * (the national sync envelope). Each procedure is an object with {@code code} and {@code name} (or the national
 * sync names {@code MaTTHC}, {@code TenTTHC}), and optionally {@code fieldCode}/{@code MaLinhVuc},
 * {@code fieldName}/{@code TenLinhVuc}, {@code processingDays} (the legal time limit in working days; also
 * {@code legalTimeLimitDays} or {@code ThoiHanGiaiQuyet}), {@code fees} and
 * {@code requiredDocuments} (an array of strings, or one string with a document per line). Values may be
 * strings or numbers; empty strings mean "not given". The whole file is checked before anything is saved.
 */
@ApplicationScoped
public class ProcedureImport {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PROCEDURES = 5000;
    static final int MAX_REPORTED = 20;

    private static final java.util.regex.Pattern LEGAL_LIMIT = java.util.regex.Pattern.compile("(\\d{1,6})(\\s*ngày làm việc)?");
    private final ObjectReader reader;

    public ProcedureImport(ObjectMapper json) {
        this.reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The procedures of the file, or {@link ImportRejected} listing what is wrong (in Vietnamese). */
    public List<ProcedureForm> parse(byte[] file) {
        if (file == null || file.length == 0) {
            throw new ImportRejected("Vui lòng chọn tệp JSON danh mục thủ tục.");
        }
        if (file.length > MAX_BYTES) {
            throw new ImportRejected("Tệp quá lớn: tối đa " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        JsonNode items = items(read(file));
        if (items.isEmpty()) {
            throw new ImportRejected("Tệp không có thủ tục nào.");
        }
        if (items.size() > MAX_PROCEDURES) {
            throw new ImportRejected("Tệp có " + items.size() + " thủ tục; mỗi lần nhập tối đa " + MAX_PROCEDURES + ".");
        }
        List<ProcedureForm> forms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "Thủ tục thứ " + (i + 1);
            try {
                ProcedureForm form = form(items.get(i));
                String label = form.code() == null ? where : where + " (" + form.code() + ")";
                form.problems().forEach(p -> problems.add(label + ": " + p));
                if (form.code() != null && !codes.add(form.code())) {
                    problems.add(label + ": mã thủ tục bị trùng trong tệp.");
                }
                forms.add(form);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return forms;
    }

    private JsonNode read(byte[] file) {
        try {
            return reader.readTree(file);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportRejected("Tệp không đúng định dạng JSON" + (at == null ? "" : " (lỗi ở dòng " + at.getLineNr()
                    + ", cột " + at.getColumnNr() + ")") + ". Hãy kiểm tra lại tệp xuất từ hệ thống danh mục thủ tục.");
        } catch (IOException e) {
            throw new ImportRejected("Không đọc được tệp đã chọn.");
        }
    }

    private static JsonNode items(JsonNode root) {
        JsonNode items = root != null && root.isObject() ? root.get("data") : root;
        if (items == null || !items.isArray()) {
            throw new ImportRejected("Tệp phải là một mảng JSON các thủ tục, hoặc một đối tượng có trường \"data\" là mảng đó.");
        }
        return items;
    }

    private static ProcedureForm form(JsonNode item) {
        if (!item.isObject()) {
            throw new IllegalArgumentException("không phải một đối tượng JSON.");
        }
        return ProcedureForm.of(text(item, "code", "MaTTHC"), text(item, "name", "TenTTHC"),
                text(item, "fieldCode", "MaLinhVuc"), text(item, "fieldName", "TenLinhVuc"), days(item),
                text(item, "fees", null), documents(item));
    }

    private static String text(JsonNode item, String name, String nationalName) {
        JsonNode value = item.has(name) || nationalName == null ? item.get(name) : item.get(nationalName);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new IllegalArgumentException("trường \"" + name + "\" phải là chuỗi ký tự.");
        }
        return value.asText();
    }

    /**
     * The legal time limit in working days: {@code processingDays}, {@code legalTimeLimitDays}, or the national
     * catalogue's {@code ThoiHanGiaiQuyet} ("15" or "15 ngày làm việc"). It judges dossiers sent without a due date
     * (Decision 766) and prints on receipts.
     */
    private static Integer days(JsonNode item) {
        String field = item.has("processingDays") ? "processingDays"
                : item.has("legalTimeLimitDays") ? "legalTimeLimitDays" : "ThoiHanGiaiQuyet";
        String value = text(item, field, null);
        if (value == null || value.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = LEGAL_LIMIT.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("thời hạn giải quyết \"" + value + "\" không phải số ngày làm việc "
                    + "(số nguyên, có thể kèm chữ \"ngày làm việc\").");
        }
        try {
            return Integer.valueOf(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("thời hạn giải quyết \"" + value + "\" quá lớn.");
        }
    }

    private static String documents(JsonNode item) {
        JsonNode value = item.get("requiredDocuments");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"requiredDocuments\" phải là danh sách các giấy tờ.");
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode line : value) {
            if (!line.isTextual()) {
                throw new IllegalArgumentException("mỗi giấy tờ trong \"requiredDocuments\" phải là chuỗi ký tự.");
            }
            lines.add(line.asText().replaceAll("\\R", " "));
        }
        return String.join("\n", lines);
    }

    /** The file cannot be imported; {@code problems} says why, at most {@value #MAX_REPORTED} lines. */
    public static final class ImportRejected extends ProblemException {
        private final List<String> problems;

        ImportRejected(String problem) {
            this(List.of(problem));
        }

        ImportRejected(List<String> all) {
            super(400, "procedure-import-rejected", "Không nhập được danh mục thủ tục", all.get(0));
            List<String> shown = new ArrayList<>(all.subList(0, Math.min(all.size(), MAX_REPORTED)));
            if (all.size() > MAX_REPORTED) {
                shown.add("... và " + (all.size() - MAX_REPORTED) + " lỗi khác.");
            }
            this.problems = List.copyOf(shown);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
