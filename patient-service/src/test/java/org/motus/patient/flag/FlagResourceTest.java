package org.motus.patient.flag;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
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

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class FlagResourceTest {

    private static final String FLAGS = "/api/v1/patients/{id}/flags";

    @Test
    void brokenRulesRaiseFlagsThatTheTreatingTherapistAcknowledgesOnce() {
        Clinic clinic = Fixtures.clinic();
        UUID session = Fixtures.logSessionReadyForFollowUp(clinic.pat(), 2, 5, 4);
        as(clinic.pat().person())
                .body(checkIn("FOLLOW_UP", 4, session))
                .post("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(201);

        String flagId = as(clinic.tess())
                .get(FLAGS, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("kind", containsInAnyOrder("ACTIVITY_CEILING_EXCEEDED", "PAIN_NOT_BACK_TO_BASELINE"))
                .body("[0].open", equalTo(true))
                .extract()
                .path("[0].id");

        as(clinic.pat().person())
                .post(FLAGS + "/{flagId}/acknowledgement", clinic.pat().id(), flagId)
                .then()
                .statusCode(403);
        as(clinic.tess())
                .post(FLAGS + "/{flagId}/acknowledgement", clinic.pat().id(), flagId)
                .then()
                .statusCode(200)
                .body("open", equalTo(false))
                .body("acknowledgedBy", equalTo(clinic.tess().subject()))
                .body("acknowledgedAt", notNullValue());
        as(clinic.tess())
                .post(FLAGS + "/{flagId}/acknowledgement", clinic.pat().id(), flagId)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        as(clinic.tess()).get(FLAGS, clinic.pat().id()).then().body("$", hasSize(1));
        as(clinic.tess())
                .queryParam("status", "ACKNOWLEDGED")
                .get(FLAGS, clinic.pat().id())
                .then()
                .body("$", hasSize(1))
                .body("[0].id", equalTo(flagId));
        as(clinic.pat().person())
                .queryParam("status", "ALL")
                .get(FLAGS, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
    }

    @Test
    void aFlagOfAnotherPatientCannotBeAcknowledgedThroughThisOne() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.assign(clinic.paula().id(), clinic.tess());
        Fixtures.logSession(clinic.paula(), 2, 6, 6);
        String paulasFlag = as(clinic.tess())
                .get(FLAGS, clinic.paula().id())
                .then()
                .extract()
                .path("[0].id");
        as(clinic.tess())
                .post(FLAGS + "/{flagId}/acknowledgement", clinic.pat().id(), paulasFlag)
                .then()
                .statusCode(404);
        as(clinic.tess()).get(FLAGS, clinic.paula().id()).then().body("[0].open", equalTo(true));
    }
}
