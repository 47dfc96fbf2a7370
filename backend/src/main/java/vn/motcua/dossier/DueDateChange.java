package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A moved due date, with the reason: the apology case ("văn bản xin lỗi và hẹn lại ngày trả"). */
@Entity
@Table(name = "due_date_change")
public class DueDateChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierId;
    public OffsetDateTime oldDueAt;
    public OffsetDateTime newDueAt;
    public String reason;
    public OffsetDateTime changedAt;
}
