package vn.motcua.procedure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative procedure (thủ tục hành chính) of the national catalogue. */
@Entity
@Table(name = "procedure")
public class Procedure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    public String fieldCode;
    public String fieldName;
    /** Legal processing time in working days. */
    public Integer processingDays;
    public String fees;
    /** One required document per line. */
    public String requiredDocuments;
    /** Name and field without diacritics, for searches. */
    public String searchText = "";
    public boolean placeholder;
}
