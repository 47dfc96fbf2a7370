package vn.motcua.receipt;

import java.time.OffsetDateTime;
import java.util.List;

/** The fields of the national receipt form (Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
public record ReceiptData(String agencyName, String code, String applicantName, String applicantPhone,
                          String procedureName, List<String> documents, Integer processingDays,
                          OffsetDateTime receivedAt, OffsetDateTime dueAt, boolean resultByPost,
                          String receivingOfficer, String qrSvg, String url) {
}
