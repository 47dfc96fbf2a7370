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
    public String applicantName;
    public Short applicantType;
    public String applicantPhone;
    public String applicantIdNumber;
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

    public record Supplement(String items, OffsetDateTime requestedAt, OffsetDateTime previousDueAt,
                             OffsetDateTime newDueAt) {
    }

    public record Fee(String name, String code, BigDecimal amount) {
    }
}
