package org.motus.patient.access;

import static org.motus.patient.access.Relationship.ADMIN;
import static org.motus.patient.access.Relationship.CLIENT_FOR_PATIENT;
import static org.motus.patient.access.Relationship.SELF;
import static org.motus.patient.access.Relationship.SYSTEM_CLIENT;
import static org.motus.patient.access.Relationship.TREATING_THERAPIST;

import java.util.EnumSet;
import java.util.Set;

/**
 * Everything a caller can do to a patient's data, with who may do it: the access table of
 * patient-service in one place, and the "what" of every audit row. A patient reaches only
 * themself, a therapist only their caseload; an admin manages records and care teams but does not
 * read clinical data (check-ins, sessions, flags, adherence, progress) unless also treating. The
 * reads that FHIR serves also admit machine clients whose SMART scopes grant them (ADR 0054); the
 * REST endpoints never admit those clients (their roles lists leave them out).
 */
public enum Action {
    /** The clinical record: not for an admin who does not treat the patient (ADR 0030). */
    READ_RECORD(SELF, TREATING_THERAPIST, SYSTEM_CLIENT, CLIENT_FOR_PATIENT),
    /** Goals and contact details: the patient, or the treating therapist on the record-edit screen (issue 13 item 2). */
    EDIT_GOALS_AND_CONTACT(SELF, TREATING_THERAPIST),
    EDIT_CLINICAL_FIELDS(TREATING_THERAPIST),
    SET_PRESCRIBED_FREQUENCY(TREATING_THERAPIST),
    /** Rule 13: set or clear the patient's activity ceiling, with a reason. */
    SET_ACTIVITY_CEILING(TREATING_THERAPIST),
    /** Rule 18: the patient's time zone (the web sets it from the browser at first sign-in). */
    SET_TIME_ZONE(SELF, TREATING_THERAPIST),
    READ_CARE_TEAM(SELF, TREATING_THERAPIST, ADMIN, SYSTEM_CLIENT, CLIENT_FOR_PATIENT),
    ASSIGN_THERAPIST(ADMIN),
    REMOVE_THERAPIST(ADMIN),
    RECORD_CHECK_IN(SELF),
    /** Issue 15 item 4: a pain Observation posted through FHIR (a device, an EHR used by the treating therapist). */
    IMPORT_OBSERVATION(SELF, TREATING_THERAPIST),
    READ_CHECK_INS(SELF, TREATING_THERAPIST, SYSTEM_CLIENT, CLIENT_FOR_PATIENT),
    LOG_SESSION(SELF),
    READ_SESSIONS(SELF, TREATING_THERAPIST, SYSTEM_CLIENT, CLIENT_FOR_PATIENT),
    /** Rule 12: follow-ups still to answer, so every device of the patient shows them. */
    READ_FOLLOW_UPS(SELF, TREATING_THERAPIST),
    READ_FLAGS(SELF, TREATING_THERAPIST, SYSTEM_CLIENT, CLIENT_FOR_PATIENT),
    ACKNOWLEDGE_FLAG(TREATING_THERAPIST),
    READ_ADHERENCE(SELF, TREATING_THERAPIST),
    READ_PROGRESS(SELF, TREATING_THERAPIST),
    READ_AUDIT_TRAIL(ADMIN),
    /** Issue 13 item 6: where the consents stand (RTM needs the treating therapist to see it; no clinical data). */
    READ_CONSENTS(SELF, TREATING_THERAPIST, ADMIN, SYSTEM_CLIENT, CLIENT_FOR_PATIENT),
    /** Accept, decline or withdraw a consent: only the patient. */
    DECIDE_CONSENT(SELF),
    /** Which channels remind the patient of what, and quiet hours (reminders read them). */
    READ_CONTACT_PREFERENCES(SELF, TREATING_THERAPIST),
    EDIT_CONTACT_PREFERENCES(SELF),
    /** Admin: the record's administrative details (the name it is shown by). */
    EDIT_DETAILS(ADMIN),
    /** End the episode of care: the record becomes read-only and leaves the active caseload. */
    DISCHARGE(TREATING_THERAPIST, ADMIN),
    REACTIVATE(TREATING_THERAPIST, ADMIN),
    /** Admin: hand the care team from one therapist to another with a note, in one transaction. */
    TRANSFER_CARE(ADMIN),
    /** A new invitation email to a patient who has not set up their account yet. */
    RESEND_INVITATION(TREATING_THERAPIST, ADMIN),
    /** Issue 14: the patient's message thread with their care team (clinical: not for an admin). */
    READ_MESSAGES(SELF, TREATING_THERAPIST),
    /** Write a message or upload an image for one. */
    SEND_MESSAGE(SELF, TREATING_THERAPIST),
    /** Read receipts: mark the thread's messages read up to one. */
    MARK_MESSAGES_READ(SELF, TREATING_THERAPIST),
    /** Rule 19: answer a PROM (PSFS, PEG-3); only the patient. */
    RECORD_PROM(SELF),
    /** Rule 19: PROM scores over time, what is due, and baseline-to-latest change. */
    READ_PROMS(SELF, TREATING_THERAPIST, SYSTEM_CLIENT, CLIENT_FOR_PATIENT),
    /** Rule 19: choose the instruments on the regular schedule, assign one now or before discharge, withdraw it. */
    ASSIGN_PROMS(TREATING_THERAPIST),
    /** Issue 13 item 2: the episode's summary (pain and function against baseline, adherence, flags). */
    READ_DISCHARGE_SUMMARY(SELF, TREATING_THERAPIST),
    // Role-level actions (the role is checked on the endpoint); audited with the records they touch.
    CREATE_RECORD,
    /** Retired with the admin's list of full records (ADR 0030); kept so older audit rows still read. */
    LIST_RECORDS,
    /** Admin: find patients by name and status; the answer holds no clinical data. */
    SEARCH_PATIENTS,
    READ_CASELOAD,
    /** Create an account through Keycloak and email its invitation (a patient with their record, or staff). */
    INVITE,
    LIST_INVITATIONS,
    /** Admin: a new invitation email to a therapist or admin who has not set up their account yet. */
    RESEND_STAFF_INVITATION,
    READ_STAFF_ACCOUNT,
    /** Admin: list and search the therapists' and admins' accounts. */
    LIST_STAFF,
    /** Admin: search the whole audit trail (the audit viewer). */
    SEARCH_AUDIT_EVENTS,
    DEACTIVATE_ACCOUNT,
    REACTIVATE_ACCOUNT,
    /** Admin: email a therapist or admin a link to set a new password. */
    RESET_ACCESS,
    /** The gateway's service account (role notifier): plan or cancel a visit's reminders (issue 14 item 2). */
    SCHEDULE_VISIT_REMINDERS,
    /** Admin: send an outbox dead letter again (the "Delivery problems" screen). */
    RETRY_NOTIFICATION,
    /** Admin: decide a failed reminder again; audited with the patient record it belongs to. */
    RETRY_REMINDER,
    /**
     * Admin: a clinic-wide FHIR export (docs/adr/0051): its kick-off and cancellation (no patient),
     * and one row per patient whose data went into the files, written when the files are complete.
     */
    BULK_EXPORT,
    /** Admin: download one file of their own bulk export. */
    DOWNLOAD_BULK_EXPORT;

    /** What a discharged (read-only) record refuses: everything that changes it, except reactivating it. */
    private static final Set<Action> CHANGES_RECORD = Set.copyOf(EnumSet.of(
            EDIT_GOALS_AND_CONTACT,
            EDIT_CLINICAL_FIELDS,
            SET_PRESCRIBED_FREQUENCY,
            SET_ACTIVITY_CEILING,
            SET_TIME_ZONE,
            ASSIGN_THERAPIST,
            RECORD_CHECK_IN,
            IMPORT_OBSERVATION,
            LOG_SESSION,
            RECORD_PROM,
            ASSIGN_PROMS,
            ACKNOWLEDGE_FLAG,
            EDIT_DETAILS,
            DISCHARGE,
            TRANSFER_CARE,
            RESEND_INVITATION));

    private final Set<Relationship> allowedFor;

    Action(Relationship... allowedFor) {
        this.allowedFor = allowedFor.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(allowedFor[0], allowedFor));
    }

    public Set<Relationship> allowedFor() {
        return allowedFor;
    }

    /** True when the action changes the record or its data, so a discharged record refuses it (409). */
    public boolean changesRecord() {
        return CHANGES_RECORD.contains(this);
    }
}
