package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document of a dossier: one the citizen handed in ({@link #SUBMITTED}, printed on the receipt) or a result paper
 * ({@link #RESULT}, with the link of an electronic result, shown to the proven applicant).
 */
@Entity
@Table(name = "dossier_document")
public class DossierDocument extends PanacheEntityBase {
    public static final String SUBMITTED = "submitted";
    public static final String RESULT = "result";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierId;
    public String kind;
    public int position;
    public String name;
    public String code;
    public Integer copies;
    public String url;
}
