package vn.motcua.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer to a national sync call. Real senders test {@code error_code} for success as the number 0 (OpenCPS,
 * {@code json.getInt}) or the string "0" (Thanh Hóa): so it is the JSON number 0 exactly when every record was
 * applied (created, updated or unchanged), with the message "Thành công". A batch where some records were refused
 * answers 1 (some applied) or -1 (none applied); {@code data} says which, record by record.
 */
public record DvcqgAnswer(@JsonProperty("error_code") int errorCode, String message,
                          @JsonProperty("so_ban_ghi_thanh_cong") int applied,
                          @JsonProperty("so_ban_ghi_loi") int rejected,
                          List<RecordAnswer> data) {
    public static final int SUCCESS = 0;
    public static final int PARTIAL = 1;
    public static final int FAILED = -1;

    static DvcqgAnswer of(List<RecordResult> results) {
        List<RecordAnswer> data = results.stream().map(RecordAnswer::of).toList();
        int applied = (int) results.stream().filter(RecordResult::applied).count();
        int rejected = results.size() - applied;
        int code = rejected == 0 ? SUCCESS : applied == 0 ? FAILED : PARTIAL;
        String message = rejected == 0 ? "Thành công"
                : applied == 0 ? "Không bản ghi nào được cập nhật"
                : "Cập nhật " + applied + " bản ghi, lỗi " + rejected + " bản ghi";
        return new DvcqgAnswer(code, message, applied, rejected, data);
    }

    /** One record's answer: {@code error_code} 0 when applied, -1 when refused (with the reasons). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RecordAnswer(@JsonProperty("STT") int index, @JsonProperty("MaHoSo") String code,
                               @JsonProperty("error_code") int errorCode, String message,
                               @JsonProperty("ket_qua") String outcome, List<FieldError> errors,
                               List<String> warnings, Boolean retryable) {
        static RecordAnswer of(RecordResult r) {
            String message = r.applied() ? "Thành công"
                    : r.errors().stream().map(e -> (e.field().isEmpty() ? "" : e.field() + ": ") + e.message())
                    .collect(Collectors.joining("; "));
            return new RecordAnswer(r.index(), r.code(), r.applied() ? SUCCESS : FAILED, message, r.outcome(),
                    r.errors(), r.warnings(), r.retryable());
        }
    }
}
