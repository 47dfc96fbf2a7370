package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One append-only entry of a dossier's timeline. */
@Entity
@Table(name = "dossier_event")
public class DossierEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierId;
    /** The source's key for this event (or a content hash): the same event is never recorded twice. */
    public String eventKey;
    public Short status;
    public String sourceStatus;
    public String agencyName;
    public String department;
    public String officerName;
    public String officerTitle;
    public String note;
    public OffsetDateTime occurredAt;
    public OffsetDateTime recordedAt;
    /** False when the event arrived after a newer one and only joined the timeline. */
    public boolean applied;
}
