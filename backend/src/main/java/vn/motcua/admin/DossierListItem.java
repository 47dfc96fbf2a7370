package vn.motcua.admin;

import java.time.OffsetDateTime;

/** One line of the officers' dossier list. */
public record DossierListItem(String code, String applicantName, int status, OffsetDateTime receivedAt,
                              OffsetDateTime dueAt, String agencyName, String procedureName) {
}
