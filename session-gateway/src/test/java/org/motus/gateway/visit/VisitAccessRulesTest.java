package org.motus.gateway.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.motus.gateway.access.Caller;
import org.motus.gateway.patients.PatientConsents;
import org.motus.gateway.patients.PatientDirectory;
import org.motus.gateway.patients.PatientIds;
import org.motus.gateway.patients.PatientRecord;
import org.motus.gateway.patients.PatientServiceClient;

/** Who is in a visit, without a server: patient-service is a map keyed by access token. */
class VisitAccessRulesTest {

    private static final UUID PAT_ID = UUID.randomUUID();
    private final AtomicInteger meCalls = new AtomicInteger();
    private final Map<String, PatientRecord> ownRecordByToken = Map.of(
            "pat-token", new PatientRecord(PAT_ID, "Pat Patient", null),
            "paula-token", new PatientRecord(UUID.randomUUID(), "Paula Patient", null));

    private final PatientServiceClient patients = new PatientServiceClient() {
        @Override
        public PatientRecord me(String bearer) {
            meCalls.incrementAndGet();
            return ownRecordByToken.get(bearer.substring("Bearer ".length()));
        }

        @Override
        public PatientRecord byId(String bearer, UUID id) {
            throw new AssertionError("not asked here");
        }

        @Override
        public PatientConsents consents(String bearer, UUID id) {
            throw new AssertionError("not asked here");
        }

        @Override
        public java.util.List<org.motus.gateway.patients.CareTeamMember> careTeam(String bearer, UUID id) {
            throw new AssertionError("not asked here");
        }
    };
    private final VisitAccess access = new VisitAccess(new PatientDirectory(patients, new PatientIds(patients)));

    private static Caller caller(String subject, String role) {
        return new Caller(subject, subject, Set.of(role), subject + "-token");
    }

    private static Visit visit(String patientSubject) {
        Visit visit = new Visit();
        visit.id = UUID.randomUUID();
        visit.therapistSubject = "tess";
        visit.patientId = PAT_ID;
        visit.patientSubject = patientSubject;
        return visit;
    }

    @Test
    void theBookingTherapistAndThePatientAreInNobodyElseIs() {
        Visit visit = visit("pat");
        assertThat(
                access.roleOf(caller("tess", Caller.THERAPIST), visit),
                equalTo(Optional.of(ParticipantRole.THERAPIST)));
        assertThat(access.roleOf(caller("pat", Caller.PATIENT), visit), equalTo(Optional.of(ParticipantRole.PATIENT)));
        assertThat(access.roleOf(caller("theo", Caller.THERAPIST), visit), equalTo(Optional.empty()));
        assertThat(access.roleOf(caller("paula", Caller.PATIENT), visit), equalTo(Optional.empty()));
        assertThat(access.roleOf(caller("adam", Caller.ADMIN), visit), equalTo(Optional.empty()));
        // "tess" holding only the patient role is not the therapist of the visit.
        assertThat(access.roleOf(caller("tess", Caller.PATIENT), visit), equalTo(Optional.empty()));
        assertThat(meCalls.get(), equalTo(0));
    }

    @Test
    void whenTheVisitDoesNotKnowThePatientsSubjectPatientServiceSaysWhoTheCallerIs() {
        Visit visit = visit(null);
        assertThat(access.roleOf(caller("paula", Caller.PATIENT), visit), equalTo(Optional.empty()));
        assertThat(visit.patientSubject, equalTo(null));
        assertThat(access.roleOf(caller("pat", Caller.PATIENT), visit), equalTo(Optional.of(ParticipantRole.PATIENT)));
        assertThat(visit.patientSubject, equalTo("pat"));
        // Learned: paula is now refused without asking again. (That pat's id is remembered is
        // quarkus-cache's work: patients/PatientDirectoryTest.)
        int calls = meCalls.get();
        assertThat(access.roleOf(caller("paula", Caller.PATIENT), visit), equalTo(Optional.empty()));
        assertThat(meCalls.get(), equalTo(calls));
    }
}
