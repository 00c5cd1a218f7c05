package org.motus.therapist.patients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.motus.therapist.dosage.Condition;
import org.motus.therapist.testing.PatientServiceContract;

/**
 * The samples the patient-service stub answers with are shaped as therapist-service's client reads
 * them (patient-service's OpenAPI and README): every field we depend on is present and every verdict is one the
 * contract names. If the contract changes, update the samples and this test shows what breaks.
 */
class PatientServiceContractTest {

    static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void patientSamplesCarryIdNameBirthDateAndKnownConditions() throws Exception {
        for (String name : new String[] {"patient.pat", "patient.paula"}) {
            JsonNode sample = PatientServiceContract.sample(name);
            assertThat(sample.has("dateOfBirth")).as(name + " has dateOfBirth").isTrue();
            PatientRecord record = JSON.treeToValue(sample, PatientRecord.class);
            assertThat(record.id()).isNotNull();
            assertThat(record.displayName()).isNotBlank();
            assertThat(record.conditions())
                    .isNotNull()
                    .allSatisfy(c -> assertThat(Condition.parse(c)).isNotEqualTo(Condition.OTHER));
            assertThat(java.time.ZoneId.of(record.timeZone()))
                    .as(name + " has an IANA time zone")
                    .isNotNull();
            assertThat(record.activityCeiling().painCeiling()).isBetween(0, 10);
        }
    }

    @Test
    void sessionSamplesUseTheContractsVerdicts() throws Exception {
        Iterator<Map.Entry<String, JsonNode>> fields =
                PatientServiceContract.all().fields();
        int sessions = 0;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (!entry.getKey().startsWith("sessions.")) {
                continue;
            }
            for (JsonNode node : entry.getValue()) {
                SessionRecord session = JSON.treeToValue(node, SessionRecord.class);
                assertThat(session.twoHourRule())
                        .isIn("BACK_TO_BASELINE", "NOT_BACK", "FOLLOW_UP_MISSING", "NOT_ASSESSED_LATE");
                assertThat(session.ceiling()).isIn("WITHIN", "ABOVE");
                assertThat(session.heartRate().outcome())
                        .isIn("WITHIN", "ABOVE_ZONE", "ABOVE_CAP", "NOT_RECORDED", "NO_DATE_OF_BIRTH");
                assertThat(session.items())
                        .isNotEmpty()
                        .allSatisfy(item -> assertThat(item.exerciseId()).isNotNull());
                assertThat(session.startedAt()).isNotNull();
                assertThat(node.has("painBefore") && node.has("painDuringPeak") && node.has("painFollowUp"))
                        .isTrue();
                sessions++;
            }
        }
        assertThat(sessions).isGreaterThan(5);
    }

    @Test
    void theNotFoundAnswerIsAProblem() {
        JsonNode problem = PatientServiceContract.sample("problem.notFound");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(Set.of(problem.get("type").asText())).containsExactly("urn:motus:problem:not-found");
    }
}
