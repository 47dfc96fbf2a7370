package vn.motcua.admin.audit;

import java.time.LocalDate;

/** What the audit log is filtered by; null means "any". The action matches as a prefix ("set-status" finds all). */
public record AuditFilter(String username, String action, LocalDate from, LocalDate to) {
}
