package org.motus.patient.careteam;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Care-team changes store only real therapist accounts, and a transfer hands a patient from one
 * therapist to another in one audited transaction.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CareTeamTransferTest {

    private static final String CARE_TEAM = "/api/v1/patients/{id}/care-team";

    static Map<String, Object> transfer(String from, String to, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fromTherapistSubject", from);
        body.put("toTherapistSubject", to);
        body.put("note", note);
        return body;
    }

    @Test
    void assigningASubjectThatIsNoTherapistAccountIsA422AndStoresNothing() {
        Clinic clinic = Fixtures.clinic();
        for (String subject : List.of(
                "no-such-therapist",
                "0",
                clinic.paula().person().subject(),
                clinic.admin().subject())) {
            as(clinic.admin())
                    .put(CARE_TEAM + "/{subject}", clinic.pat().id(), subject)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:motus:problem:rule-violation"));
        }
        as(clinic.admin())
                .get(CARE_TEAM, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
    }

    @Test
    void aTransferHandsThePatientOverAndTheOldTherapistLosesAccessAtOnce() {
        Clinic clinic = Fixtures.clinic();
        Person theo = Tokens.therapist("Theo Therapist");
        as(clinic.admin())
                .body(transfer(clinic.tess().subject(), theo.subject(), "Tess is on leave from December."))
                .post(CARE_TEAM + "/transfer", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("fromTherapistSubject", equalTo(clinic.tess().subject()))
                .body("toTherapistSubject", equalTo(theo.subject()))
                .body("note", equalTo("Tess is on leave from December."))
                .body("transferredBy", equalTo(clinic.admin().subject()));

        as(clinic.tess()).get("/api/v1/patients/{id}", clinic.pat().id()).then().statusCode(404);
        as(clinic.tess()).get("/api/v1/caseload").then().statusCode(200).body("$", hasSize(0));
        as(theo).get("/api/v1/patients/{id}", clinic.pat().id()).then().statusCode(200);
        as(clinic.admin())
                .get(CARE_TEAM, clinic.pat().id())
                .then()
                .body("therapistSubject", equalTo(List.of(theo.subject())));
        assertEquals(1, Fixtures.rows("care_team_transfer", clinic.pat().id()));
        assertEquals(1, Fixtures.auditRows(clinic.pat().id(), clinic.admin().subject(), "TRANSFER_CARE", "SUCCESS"));
    }

    @Test
    void aRefusedTransferChangesNothing() {
        Clinic clinic = Fixtures.clinic();
        Person theo = Tokens.therapist("Theo Therapist");
        // The first therapist is not on the care team: 404.
        as(clinic.admin())
                .body(transfer(clinic.stranger().subject(), theo.subject(), "Why not."))
                .post(CARE_TEAM + "/transfer", clinic.pat().id())
                .then()
                .statusCode(404);
        // The second is no therapist account, or the same one: 422.
        for (String to : List.of("no-such-therapist", clinic.tess().subject())) {
            as(clinic.admin())
                    .body(transfer(clinic.tess().subject(), to, "Why not."))
                    .post(CARE_TEAM + "/transfer", clinic.pat().id())
                    .then()
                    .statusCode(422);
        }
        as(clinic.tess()).get("/api/v1/patients/{id}", clinic.pat().id()).then().statusCode(200);
        assertEquals(0, Fixtures.rows("care_team_transfer", clinic.pat().id()));
    }

    @TestFactory
    List<DynamicTest> aMalformedTransferIsA400() {
        Clinic clinic = Fixtures.clinic();
        Person theo = Tokens.therapist("Theo Therapist");
        Map<String, Object> good = transfer(clinic.tess().subject(), theo.subject(), "Leave.");
        Map<String, Object> cases = new LinkedHashMap<>();
        cases.put("no note", Fixtures.without(good, "note"));
        cases.put("blank note", Fixtures.with(good, "note", "   "));
        cases.put("note too long", Fixtures.with(good, "note", "n".repeat(1001)));
        cases.put("no target", Fixtures.without(good, "toTherapistSubject"));
        cases.put("malformed subject", Fixtures.with(good, "toTherapistSubject", "not a subject"));
        cases.put("unknown field", Fixtures.with(good, "reason", "x"));
        return cases.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey() + " -> 400", () -> {
                    as(clinic.admin())
                            .body(entry.getValue())
                            .post(CARE_TEAM + "/transfer", clinic.pat().id())
                            .then()
                            .statusCode(400);
                    as(clinic.tess())
                            .get("/api/v1/patients/{id}", clinic.pat().id())
                            .then()
                            .statusCode(200);
                }))
                .toList();
    }
}
