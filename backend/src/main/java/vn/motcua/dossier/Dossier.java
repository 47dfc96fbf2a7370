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
    /** 1 citizen, 2 business (national LoaiDoiTuong). */
    public short applicantType = 1;
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
