package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A dossier (hồ sơ) as the one-stop system last described it. */
@Entity
@Table(name = "dossier")
public class Dossier extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String lookupKey;
    public Long procedureId;
    public Long agencyId;
    public String applicantName;
    /** 1 citizen, 2 business, 3 state body, 4 organisation or other (national LoaiDoiTuong). */
    public short applicantType = 1;
    /** The applicant's national-portal account id (MaDoiTuong), never an id number. */
    public String applicantPortalAccount;
    /** International form 84... */
    public String applicantPhone;
    public String applicantIdHash;
    public String applicantEmail;
    public String summary;
    /** National status code 1-10. */
    public short status;
    /** The source system's own, finer status text. */
    public String sourceStatus;
    public OffsetDateTime statusEventAt;
    public OffsetDateTime receivedAt;
    public OffsetDateTime dueAt;
    public OffsetDateTime finishedAt;
    public OffsetDateTime returnedAt;
    public String channel;
    public String resultDelivery;
    public boolean notifyConsent;
    /** Fields of the 2023 national format: where it was filed, online payment (0/1/2), digitised, VNeID. */
    public String submissionPlace;
    public Short onlinePayment;
    public Boolean digitised;
    public Boolean vneidVerified;
    /** Codes of the national databases the dossier was checked against (DSKetNoiCSDL), comma-separated. */
    public String connectedDatabases;
    public String sourceSystem;
    public String note;
    public int tokenGeneration;
    public int version;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    public DossierStatus statusEnum() {
        return DossierStatus.of(status);
    }
}
