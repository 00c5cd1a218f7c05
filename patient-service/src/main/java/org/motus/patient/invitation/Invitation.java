package org.motus.patient.invitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.motus.patient.account.Role;

/** An account Motus created and the invitation emails sent to it (who, when, until when, how often). */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false, updatable = false)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Role role;

    /** The record created with a patient's invitation; null for staff. */
    @Column(name = "patient_id", updatable = false)
    public UUID patientId;

    @Column(name = "invited_by", nullable = false, updatable = false)
    public String invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    public Instant invitedAt;

    @Column(name = "last_sent_at", nullable = false)
    public Instant lastSentAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "sent_count", nullable = false)
    public int sentCount;

    /** When Motus first saw the account set up (no required action left); null while pending. */
    @Column(name = "accepted_at")
    public Instant acceptedAt;

    public InvitationStatus statusAt(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        return now.isAfter(expiresAt) ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
    }
}
