package org.motus.gateway.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The consumer side of the gateway's contract with patient-service: the samples in
 * {@code src/test/resources/contract/patient-service.json} (which FakePatients answers with and
 * patient-service's build replays against the real service) carry what {@link PatientRecord} reads.
 */
class PatientServiceContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void thePatientSampleCarriesWhatTheGatewayReads() throws IOException {
        JsonNode contract = contract();
        PatientRecord record = JSON.readerFor(PatientRecord.class).readValue(contract.get("patient.pat"));
        assertNotNull(record.id());
        assertNotNull(record.subject());
        assertFalse(record.displayName().isBlank());
    }

    @Test
    void theConsentsSampleSaysWhetherTelehealthIsGranted() throws IOException {
        PatientConsents consents =
                JSON.readerFor(PatientConsents.class).readValue(contract().get("consents.pat"));
        assertEquals(PatientConsents.TELEHEALTH, consents.consents().get(0).kind());
        assertEquals(true, consents.granted(PatientConsents.TELEHEALTH));
        assertFalse(
                new PatientConsents(java.util.List.of(new PatientConsents.Status(PatientConsents.TELEHEALTH, false)))
                        .granted(PatientConsents.TELEHEALTH));
        assertFalse(new PatientConsents(null).granted(PatientConsents.TELEHEALTH));
    }

    @Test
    void notYoursToSeeIsANotFoundProblem() throws IOException {
        JsonNode problem = contract().get("problem.notFound");
        assertEquals(404, problem.get("status").asInt());
        assertEquals("urn:motus:problem:not-found", problem.get("type").asText());
    }

    @Test
    void everyInteractionNamesACallerAndASampleUnlessItAnswersNoContent() throws IOException {
        JsonNode contract = contract();
        assertFalse(contract.get("_interactions").isEmpty());
        for (JsonNode interaction : contract.get("_interactions")) {
            if (interaction.get("status").asInt() != 204) {
                assertNotNull(contract.get(interaction.path("body").asText()), interaction.toString());
            }
            assertNotNull(interaction.get("as"), interaction.toString());
            assertFalse(interaction.get("state").isEmpty(), interaction.toString());
        }
    }

    private static JsonNode contract() throws IOException {
        try (InputStream in = PatientServiceContractTest.class.getResourceAsStream("/contract/patient-service.json")) {
            return JSON.readTree(in);
        }
    }
}
