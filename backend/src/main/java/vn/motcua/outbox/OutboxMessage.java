package vn.motcua.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A change that notifications must tell the citizen about, written in the transaction of the change. */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierId;
    public Long eventId;
    public String kind;
    public Short fromStatus;
    public Short toStatus;
    /** JSON with what the message needs (due dates, reasons). */
    public String payload;
    public OffsetDateTime createdAt;
    public OffsetDateTime processedAt;
}
