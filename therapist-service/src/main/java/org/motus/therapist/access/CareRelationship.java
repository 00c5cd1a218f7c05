package org.motus.therapist.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.motus.problem.NotFound;
import org.motus.therapist.dosage.Condition;
import org.motus.therapist.dosage.PatientFacts;
import org.motus.therapist.patients.EpisodeRecord;
import org.motus.therapist.patients.PatientRecord;
import org.motus.therapist.patients.PatientServiceClient;
import org.motus.therapist.patients.PatientServiceUnavailable;
import org.motus.therapist.patients.SessionRecord;

/**
 * The one place that decides whether a caller may reach a patient's plans (docs/architecture.md "Identity
 * and access"). Who treats whom is patient-service's knowledge: we ask it with the caller's own
 * token and never copy the answer. A therapist reaches a patient when patient-service shows them
 * that patient (it answers 404 otherwise); a patient reaches only themself. Anything else reads as
 * "no such record" (404), never revealing whether it exists.
 */
@ApplicationScoped
public class CareRelationship {

    private static final Logger LOG = Logger.getLogger(CareRelationship.class);

    private final PatientServiceClient patients;
    private final Clock clock;
    private final AccessLog log;

    public CareRelationship(@RestClient PatientServiceClient patients, Clock clock, AccessLog log) {
        this.patients = patients;
        this.clock = clock;
        this.log = log;
    }

    /** The patient's facts if the caller may read this patient's plans, else 404; audited as {@code action}. */
    public PatientFacts reach(Caller caller, Action action, UUID patientId) {
        return audited(caller, action, patientId, () -> reach(caller, patientId));
    }

    /**
     * Whether the caller may read this patient's plans through FHIR, else 404; audited as
     * {@code action}. People as {@link #reach}; a machine client by its SMART grant (ADR 0054),
     * which needs no patient facts: it only reads what this service holds.
     */
    public void readable(Caller caller, Action action, UUID patientId) {
        if (!caller.is(Caller.FHIR_CLIENT)) {
            reach(caller, action, patientId);
            return;
        }
        if (!caller.isGrantedMachine() || !caller.grant().reaches(patientId)) {
            NotFound outOfReach = notFound(patientId);
            log.notFound(caller, action, patientId, outOfReach.getMessage());
            throw outOfReach;
        }
        log.succeeded(caller, action, patientId);
    }

    /** The patient's facts if the caller is a therapist treating them (writes), else 404; audited. */
    public PatientFacts treating(Caller caller, Action action, UUID patientId) {
        return audited(caller, action, patientId, () -> treating(caller, patientId));
    }

    /** The calling patient's own record, as patient-service knows it; audited. */
    public PatientFacts self(Caller caller, Action action) {
        return audited(caller, action, null, () -> self(caller));
    }

    /** Records a reach that found nothing at all (e.g. no such plan), with what was asked for. */
    public void recordNotFound(Caller caller, Action action, String what) {
        log.notFound(caller, action, null, what);
    }

    private PatientFacts audited(Caller caller, Action action, UUID patientId, Supplier<PatientFacts> reach) {
        PatientFacts facts;
        try {
            facts = reach.get();
        } catch (NotFound outOfReach) {
            log.notFound(caller, action, patientId, outOfReach.getMessage());
            throw outOfReach;
        } catch (PatientServiceUnavailable unavailable) {
            log.failed(caller, action, patientId, unavailable.getMessage());
            throw unavailable;
        }
        log.succeeded(caller, action, facts.patientId());
        return facts;
    }

    private PatientFacts reach(Caller caller, UUID patientId) {
        if (caller.is(Caller.THERAPIST)) {
            return facts(ask(() -> patients.byId(patientId), patientId));
        }
        if (caller.is(Caller.PATIENT)) {
            PatientFacts self = self(caller);
            if (self.patientId().equals(patientId)) {
                return self;
            }
        }
        throw notFound(patientId);
    }

    private PatientFacts treating(Caller caller, UUID patientId) {
        if (!caller.is(Caller.THERAPIST)) {
            throw notFound(patientId);
        }
        return facts(ask(() -> patients.byId(patientId), patientId));
    }

    private PatientFacts self(Caller caller) {
        if (!caller.is(Caller.PATIENT)) {
            throw new NotFound("No patient record for this account.");
        }
        return facts(ask(patients::me, null));
    }

    /** Sessions of a patient the caller may reach, started in [from, to). */
    public List<SessionRecord> sessions(UUID patientId, Instant from, Instant to) {
        List<SessionRecord> sessions = new java.util.ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_SESSION_PAGES; page++) {
            String after = cursor;
            RestResponse<List<SessionRecord>> answer = ask(
                    () -> patients.sessions(patientId, from.toString(), to.toString(), SESSION_PAGE, after), patientId);
            if (answer.getEntity() != null) {
                answer.getEntity().stream().filter(Objects::nonNull).forEach(sessions::add);
            }
            cursor = nextCursor(answer.getHeaderString("Link"));
            if (cursor == null) {
                return List.copyOf(sessions);
            }
        }
        throw new PatientServiceUnavailable("patient-service kept naming more pages of sessions; try again later.");
    }

    /** patient-service's largest page of sessions, and how many pages a range may take (a loop guard). */
    static final int SESSION_PAGE = 1000;

    static final int MAX_SESSION_PAGES = 20;

    private static final java.util.regex.Pattern NEXT_CURSOR =
            java.util.regex.Pattern.compile("<[^>]*[?&]cursor=([A-Za-z0-9_-]+)[^>]*>\\s*;\\s*rel=\"?next\"?");

    /** The cursor of a Link header's rel="next" target, or null on the last page. */
    static String nextCursor(String link) {
        if (link == null) {
            return null;
        }
        java.util.regex.Matcher matcher = NEXT_CURSOR.matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The episode of care of a patient the caller may reach (the discharge PDF's figures). */
    public EpisodeRecord episode(UUID patientId) {
        EpisodeRecord episode = ask(() -> patients.episode(patientId), patientId);
        if (episode == null || episode.pain() == null || episode.adherence() == null || episode.flags() == null) {
            throw new PatientServiceUnavailable("patient-service answered without the episode's figures.");
        }
        return episode;
    }

    private <T> T ask(Supplier<T> call, UUID patientId) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 403 || status == 401) {
                throw notFound(patientId);
            }
            LOG.warnf("patient-service answered %d", status);
            throw new PatientServiceUnavailable("patient-service answered " + status + "; try again later.");
        } catch (ProcessingException e) {
            LOG.warnf("patient-service unreachable: %s", e.getMessage());
            throw new PatientServiceUnavailable("patient-service cannot be reached; try again later.");
        }
    }

    private PatientFacts facts(PatientRecord record) {
        if (record == null || record.id() == null) {
            throw new PatientServiceUnavailable("patient-service answered without a patient id.");
        }
        Integer age = null;
        if (record.dateOfBirth() != null) {
            int years =
                    Period.between(record.dateOfBirth(), LocalDate.now(clock)).getYears();
            age = years >= 1 && years <= 120 ? years : null;
        }
        List<String> conditions = record.conditions() == null ? List.of() : record.conditions();
        Integer ceiling = record.activityCeiling() == null
                ? null
                : record.activityCeiling().painCeiling();
        return new PatientFacts(
                record.id(),
                record.displayName(),
                age,
                conditions.stream().map(Condition::parse).collect(Collectors.toSet()),
                zone(record.timeZone()),
                ceiling != null && ceiling >= 0 && ceiling <= 10 ? ceiling : PatientFacts.DEFAULT_PAIN_CEILING,
                record.language());
    }

    /** The patient's IANA zone (clinical-rules.md §18); absent or unknown reads as UTC, patient-service's default. */
    private static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException unknown) {
            LOG.warnf("patient-service sent an unknown time zone %s; using UTC", name);
            return ZoneOffset.UTC;
        }
    }

    private static NotFound notFound(UUID patientId) {
        return new NotFound(patientId == null ? "No such patient." : "No patient " + patientId + ".");
    }
}
