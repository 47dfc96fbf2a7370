package vn.motcua.rating;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One citizen's satisfaction with a closed dossier; rating again replaces it. */
@Entity
@Table(name = "dossier_rating")
public class DossierRating extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierId;
    public short level;
    public String comment;
    public String channel;
    public OffsetDateTime ratedAt;
    public OffsetDateTime updatedAt;
}
