package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A code the dossier was known by before it was re-coded (after an agency merger). */
@Entity
@Table(name = "dossier_code_alias")
public class DossierCodeAlias extends PanacheEntityBase {
    @Id
    public String aliasKey;
    public String aliasCode;
    public Long dossierId;
}
