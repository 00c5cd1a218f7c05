package org.motus.patient.record;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motus.patient.rules.ActivityCeiling;

/** A patient's record, linked to their Keycloak account by {@code subject}. */
@Entity
@Table(name = "patient")
public class Patient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String subject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    // Clinical fields: the treating therapist's.
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "patient_condition", joinColumns = @JoinColumn(name = "patient_id"))
    @Column(name = "code", nullable = false)
    @Enumerated(EnumType.STRING)
    public Set<Condition> conditions = EnumSet.noneOf(Condition.class);

    @Column(name = "baseline_pain")
    public Integer baselinePain;

    @Column(name = "prescribed_sessions_per_week")
    public Integer prescribedSessionsPerWeek;

    // The patient's own fields.
    @Column
    public String goals;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_channel", nullable = false)
    public ContactChannel contactChannel = ContactChannel.APP;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    // Rule 13: the activity ceiling the treating therapist set, null for the default 3/10.
    @Column(name = "activity_ceiling")
    public Integer activityCeiling;

    @Column(name = "activity_ceiling_reason")
    public String activityCeilingReason;

    @Column(name = "activity_ceiling_set_by")
    public String activityCeilingSetBy;

    @Column(name = "activity_ceiling_set_at")
    public Instant activityCeilingSetAt;

    // Rule 18: days and weeks are counted in the patient's IANA zone.
    @Column(name = "time_zone", nullable = false)
    public String timeZone = "UTC";

    @Column(name = "time_zone_set_at")
    public Instant timeZoneSetAt;

    // Discharge: read-only, off the active caseload, still readable by the care team.
    @Column(name = "discharged_at")
    public Instant dischargedAt;

    @Column(name = "discharged_by")
    public String dischargedBy;

    @Column(name = "discharge_note")
    public String dischargeNote;

    /** The ceiling in force: the therapist's, else the default 3/10. */
    public int ceiling() {
        return activityCeiling != null ? activityCeiling : ActivityCeiling.DEFAULT;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public static Optional<Patient> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
