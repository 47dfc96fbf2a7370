package vn.motcua.admin;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an officer asks for on a dossier: a new national status (with what it needs: the missing documents
 * for a supplement request, the fee for a payment request) and/or a new due date with the apology's reason.
 */
public record OfficerAction(Integer status, String note, List<String> missingDocuments, String feeName,
                            BigDecimal feeAmount, OffsetDateTime newDueAt, String reason) {
}
