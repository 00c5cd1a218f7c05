package org.motus.patient.careteam;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CareTeamResourceTest {

    private static final String CARE_TEAM = "/api/v1/patients/{id}/care-team";

    @Test
    void anAdminAssignsATherapistWhoThenReachesThePatientUntilRemoved() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Assigned"));
        Person tess = Tokens.therapist("Tess New");
        Person adam = Tokens.admin("Adam Assigner");

        as(tess).get("/api/v1/patients/{id}", pat.id()).then().statusCode(404);
        as(adam).put(CARE_TEAM + "/{subject}", pat.id(), tess.subject())
                .then()
                .statusCode(200)
                .body("therapistSubject", equalTo(tess.subject()));
        as(adam).put(CARE_TEAM + "/{subject}", pat.id(), tess.subject()).then().statusCode(200);
        as(pat.person()).get(CARE_TEAM, pat.id()).then().statusCode(200).body("$", hasSize(1));
        as(tess).get("/api/v1/patients/{id}", pat.id()).then().statusCode(200);

        as(adam).delete(CARE_TEAM + "/{subject}", pat.id(), tess.subject())
                .then()
                .statusCode(204);
        as(tess).get("/api/v1/patients/{id}", pat.id()).then().statusCode(404);
        as(adam).delete(CARE_TEAM + "/{subject}", pat.id(), tess.subject())
                .then()
                .statusCode(404);
    }

    @Test
    void onlyAnAdminChangesACareTeam() {
        Clinic clinic = Fixtures.clinic();
        Person other = Tokens.therapist("Other Therapist");
        as(clinic.tess())
                .put(CARE_TEAM + "/{subject}", clinic.pat().id(), other.subject())
                .then()
                .statusCode(403);
        as(clinic.pat().person())
                .put(CARE_TEAM + "/{subject}", clinic.pat().id(), other.subject())
                .then()
                .statusCode(403);
        as(clinic.pat().person())
                .delete(
                        CARE_TEAM + "/{subject}",
                        clinic.pat().id(),
                        clinic.tess().subject())
                .then()
                .statusCode(403);
        as(clinic.admin())
                .get(CARE_TEAM, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
    }

    @Test
    void aBadTherapistSubjectIsA400() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Bad Subject"));
        as(Tokens.admin("Adam"))
                .put(CARE_TEAM + "/{subject}", pat.id(), "no spaces allowed")
                .then()
                .statusCode(400);
    }

    @Test
    void theCaseloadListsEachPatientWithLatestPainAdherenceAndOpenFlags() {
        Person tess = Tokens.therapist("Tess Caseload");
        Enrolled pat = Fixtures.enrol(Tokens.patient("Aaron Patient"));
        Enrolled quiet = Fixtures.enrol(Tokens.patient("Zoe Quiet"));
        Enrolled notMine = Fixtures.enrol(Tokens.patient("Not Mine"));
        Fixtures.assign(pat.id(), tess);
        Fixtures.assign(quiet.id(), tess);
        Fixtures.setBaselineAndFrequency(pat.id(), 6, 3);
        Fixtures.remoteMonitoringConsentSince(pat.id(), java.time.Instant.now().minusSeconds(24 * 3600));
        Fixtures.logSession(pat, 3, 5, 4);
        as(pat.person())
                .body(checkIn("DAILY", 2))
                .post("/api/v1/patients/{id}/check-ins", pat.id())
                .then()
                .statusCode(201);
        as(notMine.person())
                .body(checkIn("DAILY", 9))
                .post("/api/v1/patients/{id}/check-ins", notMine.id())
                .then()
                .statusCode(201);

        as(tess).get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].patientId", equalTo(pat.idText()))
                .body("[0].displayName", equalTo("Aaron Patient"))
                .body("[0].latestPain.pain", equalTo(2))
                .body("[0].latestPain.kind", equalTo("DAILY"))
                .body("[0].adherence.sessionsThisWeek", equalTo(1))
                .body("[0].adherence.prescribedSessionsPerWeek", equalTo(3))
                .body("[0].adherence.daysWithDataLast30", equalTo(1))
                .body("[0].adherence.reachesRemoteMonitoringThreshold", equalTo(false))
                .body("[0].openFlags", equalTo(1))
                .body("[1].patientId", equalTo(quiet.idText()))
                .body("[1].latestPain", nullValue())
                .body("[1].openFlags", equalTo(0));
    }

    @Test
    void onlyTherapistsHaveACaseload() {
        as(Tokens.patient("Pat")).get("/api/v1/caseload").then().statusCode(403);
        as(Tokens.admin("Adam")).get("/api/v1/caseload").then().statusCode(403);
        as(Tokens.therapist("New Therapist"))
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void assigningToAnUnknownPatientIsNotFound() {
        as(Tokens.admin("Adam"))
                .put(CARE_TEAM + "/{subject}", UUID.randomUUID(), "some-therapist")
                .then()
                .statusCode(404);
    }
}
