package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A request for more documents; the law wants everything missing listed at once. */
@Entity
@Table(name = "supplement_request")
public class SupplementRequest extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierId;
    public String requestKey;
    /** One missing document per line. */
    public String items;
    public OffsetDateTime requestedAt;
    public OffsetDateTime providedAt;

    public List<String> itemList() {
        return Arrays.stream(items.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
