package vn.motcua.agency;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of the agency tree: province, department, district (before 2025) or commune. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    public String levelLabel;
    public Long parentId;
    public boolean active = true;
    /** The agency this one was merged into; its codes resolve through it. */
    public Long replacedById;
    public String hotline;
    /** Created from an intake record that named an unknown agency; an administrator completes it. */
    public boolean placeholder;
}
