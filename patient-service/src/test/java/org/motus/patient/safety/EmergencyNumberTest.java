package org.motus.patient.safety;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;
import static org.motus.patient.testing.Fixtures.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

/** motus.emergency-number (MOTUS_EMERGENCY_NUMBER) is the number the patient is told to call. */
@QuarkusTest
@TestProfile(EmergencyNumberTest.NineNineNine.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class EmergencyNumberTest {

    public static class NineNineNine implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motus.emergency-number", "999");
        }
    }

    @Test
    void theConfiguredNumberIsTheOneThePatientReads() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Abroad"));
        as(pat.person())
                .body(with(checkIn("DAILY", 4), "redFlags", List.of("CHEST_SYMPTOMS")))
                .post("/api/v1/patients/{id}/check-ins", pat.id())
                .then()
                .statusCode(201)
                .body("advice.code", contains("CALL_EMERGENCY"))
                .body("advice[0].text", containsString("call the emergency number 999"));
    }
}
