package org.motus.patient.record;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.account.Accounts;
import org.motus.patient.account.Role;
import org.motus.patient.language.Languages;
import org.motus.patient.record.PatientAccess.Touched;
import org.motus.problem.Conflict;
import org.motus.problem.RuleViolation;

@ApplicationScoped
public class PatientService {

    private final Clock clock;
    private final PatientAccess access;
    private final Accounts accounts;
    private final Languages languages;

    public PatientService(PatientAccess access, Accounts accounts, Languages languages, Clock clock) {
        this.clock = clock;
        this.languages = languages;
        this.access = access;
        this.accounts = accounts;
    }

    /**
     * The caller's own record, created on first sign-in. Two first requests at once (two tabs)
     * must not fail: the insert yields to an existing row instead of hitting the unique key.
     */
    public PatientView ownRecord(Caller caller) {
        return access.perform(caller, ownId(caller), Action.READ_RECORD, this::view);
    }

    /**
     * The id of the caller's own record, created on first sign-in like {@link #ownRecord}: a first
     * screen may ask for the record and for something of the record's at the same time.
     */
    public UUID ownId(Caller caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            insertIfAbsent(UUID.randomUUID(), caller.subject(), clamp(caller.displayName()));
            return Patient.findBySubject(caller.subject()).orElseThrow().id;
        });
    }

    public PatientView record(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_RECORD, this::view);
    }

    /** An admin or therapist creates a record linked to a Keycloak subject; a therapist joins its care team. */
    public PatientSummary create(Caller caller, NewPatient request) {
        return access.performForRole(caller, Action.CREATE_RECORD, () -> {
            if (request.clinical() != null && !caller.is(Caller.THERAPIST)) {
                // ADR 0030: clinical fields are the treating therapist's to write, as they are to read.
                throw new ClinicalFieldsRefused();
            }
            if (!accounts.hasRole(request.subject(), Role.PATIENT)) {
                throw new RuleViolation(
                        "subject must be the Keycloak subject of an existing patient account (invite a new patient with POST /api/v1/invitations).");
            }
            UUID id = UUID.randomUUID();
            if (insertIfAbsent(id, request.subject(), request.displayName().strip()) == 0) {
                throw new Conflict("A record for that account exists already.");
            }
            Patient patient = Patient.findById(id);
            if (request.clinical() != null) {
                applyClinical(patient, request.clinical());
            }
            if (caller.is(Caller.THERAPIST)) {
                CareTeamMember.assign(id, caller.subject(), clock.instant());
            }
            Panache.getEntityManager().flush();
            return Touched.of(PatientSummary.of(patient), id);
        });
    }

    public PatientView editGoalsAndContact(Caller caller, UUID patientId, GoalsAndContact request) {
        return access.perform(caller, patientId, Action.EDIT_GOALS_AND_CONTACT, patient -> {
            patient.goals = request.goals();
            patient.contactChannel = request.contact().preferredChannel();
            patient.contactEmail = request.contact().email();
            patient.contactPhone = request.contact().phone();
            return saved(patient);
        });
    }

    /**
     * Only the contact details: the patient's Settings screen sends these alone, so a therapist's
     * concurrent edit of the goals is never overwritten with what the screen read earlier.
     */
    public PatientView editContact(Caller caller, UUID patientId, ContactPreferences contact) {
        return access.perform(caller, patientId, Action.EDIT_GOALS_AND_CONTACT, patient -> {
            patient.contactChannel = contact.preferredChannel();
            patient.contactEmail = contact.email();
            patient.contactPhone = contact.phone();
            return saved(patient);
        });
    }

    public PatientView editClinical(Caller caller, UUID patientId, ClinicalFields request) {
        return access.perform(caller, patientId, Action.EDIT_CLINICAL_FIELDS, patient -> {
            applyClinical(patient, request);
            return saved(patient);
        });
    }

    public PatientView setPrescribedFrequency(Caller caller, UUID patientId, PrescribedFrequency request) {
        return access.perform(caller, patientId, Action.SET_PRESCRIBED_FREQUENCY, patient -> {
            patient.prescribedSessionsPerWeek = request.sessionsPerWeek();
            return saved(patient);
        });
    }

    /** Rule 13: the treating therapist sets the patient's ceiling with a reason; audited as SET_ACTIVITY_CEILING. */
    public PatientView setActivityCeiling(Caller caller, UUID patientId, ActivityCeilingRequest request) {
        return access.perform(caller, patientId, Action.SET_ACTIVITY_CEILING, patient -> {
            patient.activityCeiling = request.painCeiling();
            patient.activityCeilingReason = request.reason().strip();
            patient.activityCeilingSetBy = caller.subject();
            patient.activityCeilingSetAt = clock.instant();
            return saved(patient);
        });
    }

    /** Back to the default 3/10. */
    public PatientView clearActivityCeiling(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.SET_ACTIVITY_CEILING, patient -> {
            patient.activityCeiling = null;
            patient.activityCeilingReason = null;
            patient.activityCeilingSetBy = null;
            patient.activityCeilingSetAt = null;
            return saved(patient);
        });
    }

    /** Rule 18: the patient (their browser) or the treating therapist sets the IANA zone. */
    public PatientView setTimeZone(Caller caller, UUID patientId, TimeZoneRequest request) {
        String zone = request.timeZone().strip();
        return access.perform(caller, patientId, Action.SET_TIME_ZONE, patient -> {
            if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                throw new BadRequestException("timeZone must be an IANA time zone such as Europe/Berlin.");
            }
            patient.timeZone = zone;
            patient.timeZoneSetAt = clock.instant();
            return saved(patient);
        });
    }

    /** Admin: the name the record is shown by. */
    public PatientSummary editDetails(Caller caller, UUID patientId, PatientDetails request) {
        return access.perform(caller, patientId, Action.EDIT_DETAILS, patient -> {
            patient.displayName = request.displayName().strip();
            return savedSummary(patient);
        });
    }

    /**
     * The treating therapist or an admin ends the episode of care: the record stays readable to its
     * care team (history) but refuses every change until reactivated, and leaves the active caseload.
     */
    public PatientSummary discharge(Caller caller, UUID patientId, DischargeRequest request) {
        return access.perform(caller, patientId, Action.DISCHARGE, patient -> {
            patient.dischargedAt = clock.instant();
            patient.dischargedBy = caller.subject();
            String note = request == null || request.note() == null
                    ? null
                    : request.note().strip();
            patient.dischargeNote = note == null || note.isEmpty() ? null : note;
            return savedSummary(patient);
        });
    }

    /** Back into care: writable again and on the care team's caseload. */
    public PatientSummary reactivate(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.REACTIVATE, patient -> {
            if (patient.dischargedAt == null) {
                throw new Conflict("This patient is in care: there is nothing to reactivate.");
            }
            patient.dischargedAt = null;
            patient.dischargedBy = null;
            patient.dischargeNote = null;
            return savedSummary(patient);
        });
    }

    private static void applyClinical(Patient patient, ClinicalFields clinical) {
        patient.dateOfBirth = clinical.dateOfBirth();
        patient.conditions.clear();
        patient.conditions.addAll(clinical.conditions());
        patient.baselinePain = clinical.baselinePain();
    }

    private PatientView saved(Patient patient) {
        touch(patient);
        return view(patient);
    }

    private PatientView view(Patient patient) {
        return PatientView.of(
                patient,
                patient.subject == null
                        ? null
                        : languages.chosenBy(patient.subject).orElse(null));
    }

    /** What an administrative change answers: the record without its clinical fields (ADR 0030). */
    private PatientSummary savedSummary(Patient patient) {
        touch(patient);
        return PatientSummary.of(patient);
    }

    private void touch(Patient patient) {
        patient.updatedAt = clock.instant();
        Panache.getEntityManager().flush();
    }

    /** A token's name may be longer than the record allows; the record keeps the first 200 characters. */
    private static String clamp(String displayName) {
        return displayName.length() <= 200 ? displayName : displayName.substring(0, 200);
    }

    private static int insertIfAbsent(UUID id, String subject, String displayName) {
        return Panache.getEntityManager()
                .createNativeQuery(
                        "insert into patient (id, subject, display_name) values (?1, ?2, ?3) on conflict (subject) do nothing")
                .setParameter(1, id)
                .setParameter(2, subject)
                .setParameter(3, displayName)
                .executeUpdate();
    }
}
