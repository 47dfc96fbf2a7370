package vn.motcua.admin.performance;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What indicator 2.1 needs to know about one dossier, read in one query: its agency, reception and due date, the
 * procedure's legal time limit (working days), the end of processing taken from the status events (null while it
 * is still in progress at the judgement time), the supplement wait before the end (or the judgement time), how many
 * supplement requests there were, and when the one still pending was made.
 */
public record OnTimeFacts(String agencyName, OffsetDateTime receivedAt, OffsetDateTime dueAt, Integer legalDays,
                          OffsetDateTime endAt, Duration paused, int requests, OffsetDateTime pendingRequestAt) {
}
