package org.motus.patient.prom;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.motus.patient.prom.score.Instrument;

/** Whether an instrument runs on the regular schedule for a patient; no row means it does (rule 19). */
@Entity
@Table(name = "prom_schedule_choice")
public class PromScheduleChoice extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "every_two_weeks", nullable = false)
    public boolean everyTwoWeeks;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Embeddable
    public record Key(
            @Column(name = "patient_id") UUID patientId,

            @Enumerated(EnumType.STRING) @Column(name = "instrument")
            Instrument instrument)
            implements Serializable {}

    static boolean everyTwoWeeks(UUID patientId, Instrument instrument) {
        PromScheduleChoice choice = findById(new Key(patientId, instrument));
        return choice == null || choice.everyTwoWeeks;
    }
}
