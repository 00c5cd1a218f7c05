package org.motus.therapist.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.motus.therapist.dosage.DosageColumns;
import org.motus.therapist.library.Exercise;

/** One library exercise in a plan version, with its dosage, in the order the patient does them. */
@Entity
@Table(name = "plan_item")
public class PlanItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(nullable = false)
    public int position;

    public String section;

    @ManyToOne(optional = false)
    @JoinColumn(name = "exercise_id")
    public Exercise exercise;

    @Embedded
    public DosageColumns dosage;

    public String notes;

    /** Why a strength load rose more than 10 % over the previous published version (clinical-rules.md §15); set at publish. */
    @Column(name = "load_increase_reason")
    public String loadIncreaseReason;

    public static List<PlanItem> of(UUID versionId) {
        return list("versionId = ?1 order by position", versionId);
    }
}
