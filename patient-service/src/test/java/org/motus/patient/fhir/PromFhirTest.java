package org.motus.patient.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.motus.patient.prom.PromResponse;
import org.motus.patient.prom.score.Instrument;
import org.motus.problem.testing.FhirValidation;

class PromFhirTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:15:30Z");
    private static final UUID PATIENT = UUID.fromString("0b9d6f3e-2f4c-4e39-9d8c-1f2a3b4c5d6e");

    private static PromResponse stored(Instrument instrument, String score, Object... itemsAndValues) {
        PromResponse response = new PromResponse();
        response.id = UUID.fromString("7a1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d");
        response.patientId = PATIENT;
        response.instrument = instrument;
        response.score = new BigDecimal(score);
        response.answeredAt = AT;
        response.recordedAt = AT;
        for (int i = 0; i < itemsAndValues.length; i += 2) {
            PromResponse.Answer answer = new PromResponse.Answer();
            answer.position = (short) (i / 2 + 1);
            answer.item = (String) itemsAndValues[i];
            answer.value = ((Integer) itemsAndValues[i + 1]).shortValue();
            response.answers.add(answer);
        }
        return response;
    }

    @Test
    void eachInstrumentIsAValidR4QuestionnaireWithItsCanonicalUrl() {
        for (Instrument instrument : Instrument.values()) {
            Questionnaire questionnaire = PromFhir.questionnaire(instrument);
            assertEquals(List.of(), FhirValidation.errors(questionnaire), instrument.name());
            assertEquals("urn:motus:fhir:Questionnaire:" + PromFhir.id(instrument), questionnaire.getUrl());
            assertTrue(questionnaire.getCode().isEmpty(), "no LOINC code is claimed for " + instrument);
        }
        assertEquals("peg-3", PromFhir.id(Instrument.PEG_3));
    }

    @Test
    void thePsfsQuestionnaireAsksForFiveActivitiesOfWhichThreeAreRequired() {
        Questionnaire psfs = PromFhir.questionnaire(Instrument.PSFS);
        List<Questionnaire.QuestionnaireItemComponent> activities =
                psfs.getItem().subList(0, 5);
        assertEquals(
                List.of(true, true, true, false, false),
                activities.stream()
                        .map(Questionnaire.QuestionnaireItemComponent::getRequired)
                        .toList());
        assertEquals("score", psfs.getItem().get(5).getLinkId());
        assertTrue(psfs.getItem().get(5).getReadOnly());
    }

    @Test
    void aPsfsResponseIsAValidQuestionnaireResponseWithItsActivitiesAndScore() {
        QuestionnaireResponse response =
                PromFhir.response(stored(Instrument.PSFS, "4.00", "Climb stairs", 3, "Walk", 5, "Lift", 4));
        assertEquals(List.of(), FhirValidation.errors(response));
        assertEquals("urn:motus:fhir:Questionnaire:psfs|1", response.getQuestionnaire());
        assertEquals("Patient/" + PATIENT, response.getSubject().getReference());
        assertEquals(4, response.getItem().size());
        assertEquals(
                "Walk",
                response.getItem()
                        .get(1)
                        .getItem()
                        .get(0)
                        .getAnswerFirstRep()
                        .getValueStringType()
                        .getValue());
        assertEquals(
                5,
                response.getItem()
                        .get(1)
                        .getItem()
                        .get(1)
                        .getAnswerFirstRep()
                        .getValueIntegerType()
                        .getValue());
        assertEquals(
                new BigDecimal("4.00"),
                response.getItem()
                        .get(3)
                        .getAnswerFirstRep()
                        .getValueDecimalType()
                        .getValue());
    }

    @Test
    void aPegResponseIsAValidQuestionnaireResponseWithItsThreeItems() {
        QuestionnaireResponse response =
                PromFhir.response(stored(Instrument.PEG_3, "6.00", "pain", 6, "enjoyment", 7, "activity", 5));
        assertEquals(List.of(), FhirValidation.errors(response));
        assertEquals(
                List.of("pain", "enjoyment", "activity", "score"),
                response.getItem().stream()
                        .map(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                        .toList());
    }
}
