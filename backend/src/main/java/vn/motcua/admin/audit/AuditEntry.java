package vn.motcua.admin.audit;

import java.time.OffsetDateTime;

/** One line of the audit log. */
public record AuditEntry(OffsetDateTime at, String username, String fullName, String action, String target,
                         String before, String after) {
}
