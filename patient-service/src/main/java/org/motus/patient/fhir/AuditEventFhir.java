package org.motus.patient.fhir;

import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.audit.AuditOutcome;

/**
 * One audit row as a FHIR R4 AuditEvent (issue 15 item 2, docs/adr/0053). Pure. The row says who
 * did what to which patient, when and how it ended, and so does the AuditEvent: never clinical
 * content (the row holds none: its detail is a refusal reason, a problem type, an account or a
 * search's name).
 */
public final class AuditEventFhir {

    static final String OBSERVER = "Motus patient-service";

    private AuditEventFhir() {}

    public static AuditEvent of(org.motus.patient.audit.AuditEvent row) {
        AuditEvent event = new AuditEvent();
        event.setId(row.id.toString());
        // Every row is one call of this service's API (REST or FHIR).
        event.setType(new Coding(Codes.AUDIT_EVENT_TYPE, Codes.AUDIT_EVENT_REST, "RESTful Operation"));
        event.addSubtype(new Coding().setSystem(Codes.AUDIT_ACTION).setCode(row.action));
        action(row.action).ifPresent(event::setAction);
        event.setRecorded(Date.from(row.occurredAt));
        event.setOutcome(outcome(row.outcome));
        if (row.detail != null && !row.detail.isBlank()) {
            event.setOutcomeDesc(row.detail);
        }

        AuditEventAgentComponent agent = event.addAgent().setRequestor(true);
        Reference who = agent.getWho();
        who.setIdentifier(new Identifier().setSystem(Codes.ACCOUNT_SUBJECT).setValue(row.actorSubject));
        String[] roles = row.actorRoles.isBlank() ? new String[0] : row.actorRoles.split(",");
        if (Arrays.asList(roles).contains(Caller.THERAPIST)
                || Arrays.asList(roles).contains(Caller.ADMIN)) {
            // Staff are Practitioners (fhir Practitioner/{subject}); a patient's subject names no Patient id.
            who.setReference("Practitioner/" + row.actorSubject);
        }
        for (String role : roles) {
            agent.addRole().addCoding(new Coding(Codes.REALM_ROLE, role, null)).setText(role);
        }

        event.getSource()
                .setObserver(new Reference().setDisplay(OBSERVER))
                .addType(new Coding(Codes.AUDIT_SOURCE_TYPE, "4", "Application Server"));

        if (row.patientId != null) {
            event.addEntity()
                    .setWhat(new Reference("Patient/" + row.patientId))
                    .setType(new Coding(Codes.AUDIT_ENTITY_TYPE, "2", "System Object"))
                    .setRole(new Coding(Codes.AUDIT_OBJECT_ROLE, "1", "Patient"));
        }
        return event;
    }

    /** 0 success; 4 minor failure (refused, or no such record); 8 serious failure (the work failed). */
    static AuditEventOutcome outcome(AuditOutcome outcome) {
        return switch (outcome) {
            case SUCCESS -> AuditEventOutcome._0;
            case DENIED, NOT_FOUND -> AuditEventOutcome._4;
            case FAILED -> AuditEventOutcome._8;
        };
    }

    /** The action of a row's action name; empty for a name no longer in {@link Action}. */
    static Optional<AuditEventAction> action(String name) {
        try {
            return Optional.of(action(Action.valueOf(name)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Create, read, update, delete or execute. Every action is named here (a new one does not
     * compile until it is): what reads, what adds a record, what changes or removes one, and what
     * sets something off (a password-reset email, a retry, reminders) without changing a patient's data.
     */
    static AuditEventAction action(Action action) {
        return switch (action) {
            case READ_RECORD,
                    READ_CARE_TEAM,
                    READ_CHECK_INS,
                    READ_SESSIONS,
                    READ_FOLLOW_UPS,
                    READ_FLAGS,
                    READ_ADHERENCE,
                    READ_PROGRESS,
                    READ_AUDIT_TRAIL,
                    READ_CONSENTS,
                    READ_CONTACT_PREFERENCES,
                    READ_MESSAGES,
                    READ_PROMS,
                    READ_DISCHARGE_SUMMARY,
                    LIST_RECORDS,
                    SEARCH_PATIENTS,
                    READ_CASELOAD,
                    LIST_INVITATIONS,
                    READ_STAFF_ACCOUNT,
                    LIST_STAFF,
                    SEARCH_AUDIT_EVENTS,
                    BULK_EXPORT,
                    DOWNLOAD_BULK_EXPORT -> AuditEventAction.R;
            case RECORD_CHECK_IN,
                    IMPORT_OBSERVATION,
                    LOG_SESSION,
                    CREATE_RECORD,
                    INVITE,
                    SEND_MESSAGE,
                    RECORD_PROM,
                    DECIDE_CONSENT -> AuditEventAction.C;
            case EDIT_GOALS_AND_CONTACT,
                    EDIT_CLINICAL_FIELDS,
                    SET_PRESCRIBED_FREQUENCY,
                    SET_ACTIVITY_CEILING,
                    SET_TIME_ZONE,
                    ASSIGN_THERAPIST,
                    ACKNOWLEDGE_FLAG,
                    EDIT_CONTACT_PREFERENCES,
                    EDIT_DETAILS,
                    DISCHARGE,
                    REACTIVATE,
                    TRANSFER_CARE,
                    MARK_MESSAGES_READ,
                    ASSIGN_PROMS,
                    DEACTIVATE_ACCOUNT,
                    REACTIVATE_ACCOUNT,
                    // A new email and a new expiry: the invitation changes.
                    RESEND_INVITATION,
                    RESEND_STAFF_INVITATION -> AuditEventAction.U;
            case REMOVE_THERAPIST -> AuditEventAction.D;
            case RESET_ACCESS, SCHEDULE_VISIT_REMINDERS, RETRY_NOTIFICATION, RETRY_REMINDER -> AuditEventAction.E;
        };
    }
}
