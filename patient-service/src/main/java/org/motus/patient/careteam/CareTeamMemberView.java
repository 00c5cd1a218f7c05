package org.motus.patient.careteam;

import java.time.Instant;
import java.util.UUID;
import org.motus.patient.record.CareTeamMember;

/** A therapist on a patient's care team, by Keycloak subject. */
public record CareTeamMemberView(UUID patientId, String therapistSubject, Instant assignedAt) {

    static CareTeamMemberView of(CareTeamMember member) {
        return new CareTeamMemberView(member.key.patientId(), member.key.therapistSubject(), member.assignedAt);
    }
}
