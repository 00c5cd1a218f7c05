package org.motus.patient.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.junit.jupiter.api.Test;
import org.motus.patient.access.Action;
import org.motus.patient.audit.AuditOutcome;
import org.motus.problem.fhir.BadSearch;
import org.motus.problem.fhir.Fhir;
import org.motus.problem.testing.FhirValidation;

/** The pure mapping of an audit row to an R4 AuditEvent, and the search's parameters. */
class AuditEventFhirTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:15:30.123456Z");
    private static final UUID PATIENT = UUID.fromString("0b9d6f3e-2f4c-4e39-9d8c-1f2a3b4c5d6e");

    private static org.motus.patient.audit.AuditEvent row(
            String roles, String action, UUID patient, AuditOutcome outcome, String detail) {
        org.motus.patient.audit.AuditEvent row = new org.motus.patient.audit.AuditEvent();
        row.id = UUID.randomUUID();
        row.occurredAt = AT;
        row.actorSubject = "tess-subject";
        row.actorRoles = roles;
        row.action = action;
        row.patientId = patient;
        row.outcome = outcome;
        row.detail = detail;
        return row;
    }

    @Test
    void aTherapistsReadOfARecordIsARestReadOfThePatientByAPractitioner() {
        var row = row("therapist", "READ_RECORD", PATIENT, AuditOutcome.SUCCESS, null);

        AuditEvent event = AuditEventFhir.of(row);

        assertEquals(List.of(), FhirValidation.errors(event));
        assertEquals(row.id.toString(), event.getIdPart());
        assertEquals(Codes.AUDIT_EVENT_TYPE, event.getType().getSystem());
        assertEquals("rest", event.getType().getCode());
        assertEquals(Codes.AUDIT_ACTION, event.getSubtypeFirstRep().getSystem());
        assertEquals("READ_RECORD", event.getSubtypeFirstRep().getCode());
        assertEquals(AuditEventAction.R, event.getAction());
        assertEquals(AT.toEpochMilli(), event.getRecorded().getTime());
        assertEquals(AuditEventOutcome._0, event.getOutcome());
        assertFalse(event.hasOutcomeDesc());
        var agent = event.getAgentFirstRep();
        assertTrue(agent.getRequestor());
        assertEquals(Codes.ACCOUNT_SUBJECT, agent.getWho().getIdentifier().getSystem());
        assertEquals("tess-subject", agent.getWho().getIdentifier().getValue());
        assertEquals("Practitioner/tess-subject", agent.getWho().getReference());
        assertEquals("therapist", agent.getRoleFirstRep().getCodingFirstRep().getCode());
        assertEquals("Motus patient-service", event.getSource().getObserver().getDisplay());
        var entity = event.getEntityFirstRep();
        assertEquals("Patient/" + PATIENT, entity.getWhat().getReference());
        assertEquals("2", entity.getType().getCode());
        assertEquals("1", entity.getRole().getCode());
    }

    @Test
    void aRefusedPatientIsAMinorFailureNamingNoPractitionerWithTheReasonAsDescription() {
        var row = row("patient", "READ_RECORD", PATIENT, AuditOutcome.DENIED, "outside the caller's reach");

        AuditEvent event = AuditEventFhir.of(row);

        assertEquals(List.of(), FhirValidation.errors(event));
        assertEquals(AuditEventOutcome._4, event.getOutcome());
        assertEquals("outside the caller's reach", event.getOutcomeDesc());
        assertFalse(event.getAgentFirstRep().getWho().hasReference(), "a patient's subject is no Patient id");
        assertEquals(
                "tess-subject",
                event.getAgentFirstRep().getWho().getIdentifier().getValue());
    }

    @Test
    void aRoleLevelRowWithoutAPatientNamesNoEntityAndAnUnknownActionNoAction() {
        var row = row("admin,therapist", "A_RETIRED_ACTION", null, AuditOutcome.FAILED, "CONFLICT");

        AuditEvent event = AuditEventFhir.of(row);

        assertEquals(List.of(), FhirValidation.errors(event));
        assertFalse(event.hasEntity());
        assertFalse(event.hasAction());
        assertEquals("A_RETIRED_ACTION", event.getSubtypeFirstRep().getCode());
        assertEquals(AuditEventOutcome._8, event.getOutcome());
        assertEquals(
                List.of("admin", "therapist"),
                event.getAgentFirstRep().getRole().stream()
                        .map(r -> r.getText())
                        .toList());
    }

    @Test
    void theOutcomesAreSuccessMinorAndSeriousFailure() {
        assertEquals(AuditEventOutcome._0, AuditEventFhir.outcome(AuditOutcome.SUCCESS));
        assertEquals(AuditEventOutcome._4, AuditEventFhir.outcome(AuditOutcome.DENIED));
        assertEquals(AuditEventOutcome._4, AuditEventFhir.outcome(AuditOutcome.NOT_FOUND));
        assertEquals(AuditEventOutcome._8, AuditEventFhir.outcome(AuditOutcome.FAILED));
    }

    @Test
    void everyActionThatChangesARecordIsNoReadAndEveryReadListOrSearchIsARead() {
        for (Action action : Action.values()) {
            AuditEventAction code = AuditEventFhir.action(action);
            // The bulk export and its downloads read every record they hold.
            boolean reads = action.name().startsWith("READ_")
                    || action.name().startsWith("LIST_")
                    || action.name().startsWith("SEARCH_")
                    || action.name().endsWith("BULK_EXPORT");
            assertEquals(reads, code == AuditEventAction.R, action.name());
            if (action.changesRecord()) {
                assertNotEquals(AuditEventAction.R, code, action.name());
                assertNotEquals(AuditEventAction.E, code, action.name() + " changes data");
            }
        }
        assertEquals(AuditEventAction.C, AuditEventFhir.action(Action.RECORD_CHECK_IN));
        assertEquals(AuditEventAction.D, AuditEventFhir.action(Action.REMOVE_THERAPIST));
        assertEquals(AuditEventAction.E, AuditEventFhir.action(Action.RESET_ACCESS));
    }

    @Test
    void theEventIsWrittenWithoutClinicalFields() {
        String json = new Fhir()
                .json()
                .encodeResourceToString(AuditEventFhir.of(
                        row("therapist", "EDIT_CLINICAL_FIELDS", PATIENT, AuditOutcome.SUCCESS, null)));
        for (String field : List.of("valueInteger", "note", "birthDate", "code\":\"72514-3", "query")) {
            assertFalse(json.contains(field), json);
        }
    }

    @Test
    void theFilterReadsEachParameterIntoItsCondition() {
        AuditEventFilter filter = AuditEventFilter.parse(Map.of(
                "patient", List.of("Patient/" + PATIENT),
                "agent", List.of("Practitioner/tess-subject,pat-subject"),
                "subtype", List.of(Codes.AUDIT_ACTION + "|READ_RECORD,READ_FLAGS"),
                "outcome", List.of("4"),
                "date", List.of("ge2026-11-01", "lt2026-12-01")));

        assertEquals(Set.of(PATIENT), filter.patients());
        assertEquals(List.of("tess-subject", "pat-subject"), filter.agents());
        assertEquals(List.of("READ_RECORD", "READ_FLAGS"), filter.actions());
        assertEquals(List.of(AuditOutcome.DENIED, AuditOutcome.NOT_FOUND), filter.outcomes());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), filter.dates().from());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), filter.dates().to());
        assertEquals(
                "patientId = :patientId and actorSubject in :actorSubject and action in :action"
                        + " and outcome in :outcome and occurredAt >= :from and occurredAt < :to"
                        + " order by occurredAt desc, id desc",
                filter.query().hql());
    }

    @Test
    void aPatientAndAnotherEntityMatchNothingAndNoParameterMatchesEverything() {
        AuditEventFilter both = AuditEventFilter.parse(
                Map.of("patient", List.of(PATIENT.toString()), "entity", List.of("Patient/" + UUID.randomUUID())));
        assertTrue(both.query().hql().startsWith("1 = 0"), both.query().hql());
        assertEquals(
                "order by occurredAt desc, id desc",
                AuditEventFilter.parse(Map.of()).query().hql());
        assertEquals(
                List.of(),
                AuditEventFilter.parse(Map.of("outcome", List.of("12"))).outcomes());
    }

    @Test
    void badValuesAreRefused() {
        for (Map<String, List<String>> query : List.of(
                Map.of("outcome", List.of("2")),
                Map.of("outcome", List.of("success")),
                Map.of("outcome", List.of("urn:other|0")),
                Map.of("subtype", List.of("read_record")),
                Map.of("entity", List.of("Practitioner/tess")),
                Map.of("patient", List.of("Patient/42")),
                Map.of("agent", List.of("a b")),
                Map.of("date", List.of("yesterday")))) {
            assertThrows(BadSearch.class, () -> AuditEventFilter.parse(query), query.toString());
        }
    }
}
