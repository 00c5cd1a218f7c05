package org.motus.therapist.protocol;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.motus.therapist.dosage.DosageColumns;
import org.motus.therapist.library.Exercise;

/** One library exercise in a protocol, with the protocol's dosage. */
@Entity
@Table(name = "protocol_item")
public class ProtocolItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "protocol_id")
    public Protocol protocol;

    @Column(nullable = false)
    public int position;

    public String section;

    @ManyToOne(optional = false)
    @JoinColumn(name = "exercise_id")
    public Exercise exercise;

    @Embedded
    public DosageColumns dosage;

    public String notes;
}
