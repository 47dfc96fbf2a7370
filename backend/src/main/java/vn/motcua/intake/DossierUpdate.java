package vn.motcua.intake;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One validated record, whatever door it came through: the single shape the applier understands.
 * Null means "the record does not say", never "clear it".
 */
public final class DossierUpdate {

    /** A full description of the dossier, or one processing step of it. */
    public enum Kind { SNAPSHOT, PROGRESS }

    public Kind kind = Kind.SNAPSHOT;
    public String code;
    public String procedureCode;
    public String procedureName;
    public String fieldCode;
    public String fieldName;
    public String agencyCode;
    public String agencyName;
    /** How the sender's format names these fields, for the reasons a record is refused. */
    public String agencyField = "agencyCode";
    public String phoneField = "applicant.phone";
    public String idNumberField = "applicant.idNumber";
    /** The agency that sent the call (MaDinhDanhDV / madonvi): places a dossier whose agency name is unknown. */
    public String senderAgencyCode;
    public String applicantName;
    public Short applicantType;
    public String applicantPhone;
    public String applicantIdNumber;
    /** The applicant's national-portal account id (MaDoiTuong): kept as sent, it is not an id number. */
    public String applicantPortalAccount;
    public String applicantEmail;
    public String summary;
    public Integer status;
    public String sourceStatus;
    public OffsetDateTime receivedAt;
    public OffsetDateTime dueAt;
    public OffsetDateTime finishedAt;
    public OffsetDateTime returnedAt;
    public String channel;
    public String resultDelivery;
    public Boolean notifyConsent;
    /** Fields added to the national format in 2023 (NoiNopHoSo, DuocThanhToanTrucTuyen, ...). */
    public String submissionPlace;
    /** 0 none, 1 on the national portal, 2 through the province's payment gateway. */
    public Short onlinePayment;
    public Boolean digitised;
    public Boolean vneidVerified;
    public String connectedDatabases;
    /** When the change happened at the source; orders records that arrive out of order. */
    public OffsetDateTime eventTime;
    public String eventKey;
    public String department;
    public String officerName;
    public String officerTitle;
    public String note;
    public String dueChangeReason;
    /** Null when the record carries no list; an empty list clears fees. */
    public List<Supplement> supplements;
    public List<Fee> fees;
    /** What the citizen handed in, and the result papers; null (or empty) when the record carries none. */
    public List<Document> submittedDocuments;
    public List<Document> resultDocuments;
    /** Other codes of the same dossier, each with its kind (DossierCodeAlias.RECEIPT_NUMBER ...). */
    public List<Alias> aliases;

    /** A request for documents; {@code providedAt} is when the citizen brought them (null while pending). */
    public record Supplement(String items, OffsetDateTime requestedAt, OffsetDateTime previousDueAt,
                             OffsetDateTime newDueAt, OffsetDateTime providedAt) {
        public Supplement(String items, OffsetDateTime requestedAt, OffsetDateTime previousDueAt, OffsetDateTime newDueAt) {
            this(items, requestedAt, previousDueAt, newDueAt, null);
        }
    }

    public record Fee(String name, String code, BigDecimal amount) {
    }

    /** Another code the sender gives for this dossier. */
    public record Alias(String code, String kind) {
    }

    /** A document: its name, code (component or result code), number of copies and an http(s) link, each optional. */
    public record Document(String name, String code, Integer copies, String url) {
    }
}
