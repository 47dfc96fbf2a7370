package vn.motcua.lookup;

import java.time.OffsetDateTime;
import java.util.List;

/** What the public lookup reads of a dossier, in one query. */
public record DossierRow(long id, String code, int status, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                         OffsetDateTime previousDueAt, OffsetDateTime finishedAt, String applicantName,
                         String resultDelivery, int tokenGeneration, String procedureCode, String procedureName,
                         String agencyName, String agencyPhone, List<TimelineRow> timeline) {

    public record TimelineRow(OffsetDateTime at, Integer status, String agency) {
    }
}
