package org.motus.patient.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.motus.patient.access.AccessPolicy.Decision.ALLOW;
import static org.motus.patient.access.AccessPolicy.Decision.NOT_FOR_YOUR_ROLE;
import static org.motus.patient.access.AccessPolicy.Decision.NO_SUCH_RECORD;
import static org.motus.patient.access.AccessPolicy.Decision.OUTSIDE_REACH;
import static org.motus.patient.access.Relationship.ADMIN;
import static org.motus.patient.access.Relationship.SELF;
import static org.motus.patient.access.Relationship.TREATING_THERAPIST;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The access table, row by row: who may do what to a patient's data (docs/architecture.md, "Identity and access". */
class AccessPolicyTest {

    private static final AccessPolicy.Decision Y = ALLOW;
    private static final AccessPolicy.Decision N = NOT_FOR_YOUR_ROLE;

    /** action -> decision for {SELF, TREATING_THERAPIST, ADMIN}. */
    private static final Map<Action, AccessPolicy.Decision[]> TABLE = Map.ofEntries(
            Map.entry(Action.READ_RECORD, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.EDIT_GOALS_AND_CONTACT, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.EDIT_CLINICAL_FIELDS, new AccessPolicy.Decision[] {N, Y, N}),
            Map.entry(Action.SET_PRESCRIBED_FREQUENCY, new AccessPolicy.Decision[] {N, Y, N}),
            Map.entry(Action.SET_ACTIVITY_CEILING, new AccessPolicy.Decision[] {N, Y, N}),
            Map.entry(Action.SET_TIME_ZONE, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.READ_FOLLOW_UPS, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.READ_CARE_TEAM, new AccessPolicy.Decision[] {Y, Y, Y}),
            Map.entry(Action.ASSIGN_THERAPIST, new AccessPolicy.Decision[] {N, N, Y}),
            Map.entry(Action.REMOVE_THERAPIST, new AccessPolicy.Decision[] {N, N, Y}),
            Map.entry(Action.RECORD_CHECK_IN, new AccessPolicy.Decision[] {Y, N, N}),
            Map.entry(Action.READ_CHECK_INS, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.RECORD_PROM, new AccessPolicy.Decision[] {Y, N, N}),
            Map.entry(Action.READ_PROMS, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.ASSIGN_PROMS, new AccessPolicy.Decision[] {N, Y, N}),
            Map.entry(Action.READ_DISCHARGE_SUMMARY, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.IMPORT_OBSERVATION, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.LOG_SESSION, new AccessPolicy.Decision[] {Y, N, N}),
            Map.entry(Action.READ_SESSIONS, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.READ_FLAGS, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.ACKNOWLEDGE_FLAG, new AccessPolicy.Decision[] {N, Y, N}),
            Map.entry(Action.READ_ADHERENCE, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.READ_PROGRESS, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.READ_AUDIT_TRAIL, new AccessPolicy.Decision[] {N, N, Y}),
            Map.entry(Action.READ_CONSENTS, new AccessPolicy.Decision[] {Y, Y, Y}),
            Map.entry(Action.DECIDE_CONSENT, new AccessPolicy.Decision[] {Y, N, N}),
            Map.entry(Action.READ_CONTACT_PREFERENCES, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.EDIT_CONTACT_PREFERENCES, new AccessPolicy.Decision[] {Y, N, N}),
            Map.entry(Action.READ_MESSAGES, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.SEND_MESSAGE, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.MARK_MESSAGES_READ, new AccessPolicy.Decision[] {Y, Y, N}),
            Map.entry(Action.EDIT_DETAILS, new AccessPolicy.Decision[] {N, N, Y}),
            Map.entry(Action.DISCHARGE, new AccessPolicy.Decision[] {N, Y, Y}),
            Map.entry(Action.REACTIVATE, new AccessPolicy.Decision[] {N, Y, Y}),
            Map.entry(Action.TRANSFER_CARE, new AccessPolicy.Decision[] {N, N, Y}),
            Map.entry(Action.RESEND_INVITATION, new AccessPolicy.Decision[] {N, Y, Y}));

    /** Role-level actions: the endpoint checks the role; no relationship to a record is involved. */
    private static final Set<Action> ROLE_LEVEL = EnumSet.of(
            Action.CREATE_RECORD,
            Action.LIST_RECORDS,
            Action.SEARCH_PATIENTS,
            Action.LIST_STAFF,
            Action.SEARCH_AUDIT_EVENTS,
            Action.READ_CASELOAD,
            Action.INVITE,
            Action.LIST_INVITATIONS,
            Action.RESEND_STAFF_INVITATION,
            Action.READ_STAFF_ACCOUNT,
            Action.DEACTIVATE_ACCOUNT,
            Action.REACTIVATE_ACCOUNT,
            Action.RESET_ACCESS,
            Action.SCHEDULE_VISIT_REMINDERS,
            Action.RETRY_NOTIFICATION,
            Action.RETRY_REMINDER,
            Action.BULK_EXPORT,
            Action.DOWNLOAD_BULK_EXPORT);

    @ParameterizedTest
    @EnumSource(Action.class)
    void eachRelationshipGetsWhatTheTableSays(Action action) {
        if (ROLE_LEVEL.contains(action)) {
            assertEquals(Set.of(), action.allowedFor(), "a role-level action has no relationship in the table");
            return;
        }
        AccessPolicy.Decision[] expected = TABLE.get(action);
        assertNotNull(expected, () -> action + " needs a row in the table");
        assertEquals(expected[0], AccessPolicy.decide(true, Set.of(SELF), action), "patient self");
        assertEquals(expected[1], AccessPolicy.decide(true, Set.of(TREATING_THERAPIST), action), "treating therapist");
        assertEquals(expected[2], AccessPolicy.decide(true, Set.of(ADMIN), action), "admin");
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void withoutARelationshipEverythingIsOutOfReach(Action action) {
        assertEquals(OUTSIDE_REACH, AccessPolicy.decide(true, Set.of(), action));
        assertEquals(NO_SUCH_RECORD, AccessPolicy.decide(false, EnumSet.allOf(Relationship.class), action));
    }

    /** The reads FHIR serves: the only actions a machine client's grant may reach (ADR 0054). */
    private static final Set<Action> FHIR_READS = EnumSet.of(
            Action.READ_RECORD,
            Action.READ_CARE_TEAM,
            Action.READ_CHECK_INS,
            Action.READ_SESSIONS,
            Action.READ_FLAGS,
            Action.READ_CONSENTS,
            Action.READ_PROMS);

    @ParameterizedTest
    @EnumSource(Action.class)
    void aMachineClientMayOnlyMakeTheReadsFhirServes(Action action) {
        AccessPolicy.Decision expected = FHIR_READS.contains(action) ? ALLOW : NOT_FOR_YOUR_ROLE;
        assertEquals(expected, AccessPolicy.decide(true, Set.of(Relationship.SYSTEM_CLIENT), action), "system");
        assertEquals(expected, AccessPolicy.decide(true, Set.of(Relationship.CLIENT_FOR_PATIENT), action), "patient");
    }

    @Test
    void anAdminWhoAlsoTreatsThePatientReadsClinicalData() {
        assertEquals(ALLOW, AccessPolicy.decide(true, Set.of(ADMIN, TREATING_THERAPIST), Action.READ_CHECK_INS));
        assertEquals(NOT_FOR_YOUR_ROLE, AccessPolicy.decide(true, Set.of(ADMIN), Action.READ_CHECK_INS));
    }
}
