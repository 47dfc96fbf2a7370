package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * Another code the dossier is known by, recorded when a sender said so: the receipt number ({@code SoBienNhan}), a
 * sender's own code for it, or the code it had before an agency merger. The public lookup finds the dossier by it.
 */
@Entity
@Table(name = "dossier_code_alias")
public class DossierCodeAlias extends PanacheEntityBase {
    public static final String PREVIOUS_CODE = "previous-code";
    public static final String RECEIPT_NUMBER = "receipt-number";
    public static final String SENDER_CODE = "sender-code";

    @Id
    public String aliasKey;
    public String aliasCode;
    public Long dossierId;
    public String kind;
    public OffsetDateTime createdAt;
}
