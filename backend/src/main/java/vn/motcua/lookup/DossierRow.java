package vn.motcua.lookup;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the public lookup reads of a dossier, in one query; {@code matchedAlias} is the other code it was found by,
 * if any (a printed receipt's link is signed for that code).
 */
public record DossierRow(long id, String code, int status, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                         OffsetDateTime previousDueAt, OffsetDateTime finishedAt, String applicantName,
                         String resultDelivery, int tokenGeneration, String procedureCode, String procedureName,
                         String agencyName, String agencyPhone, List<TimelineRow> timeline,
                         boolean electronicResult, String matchedAlias) {

    /** The same row found through another code of the dossier ({@code aliasCode}, as recorded). */
    public DossierRow viaAlias(String aliasCode) {
        return new DossierRow(id, code, status, receivedAt, dueAt, previousDueAt, finishedAt, applicantName, resultDelivery,
                tokenGeneration, procedureCode, procedureName, agencyName, agencyPhone, timeline, electronicResult, aliasCode);
    }

    public record TimelineRow(OffsetDateTime at, Integer status, String agency) {
    }
}
