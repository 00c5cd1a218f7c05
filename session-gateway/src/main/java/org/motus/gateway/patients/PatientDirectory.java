package org.motus.gateway.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.motus.gateway.access.Caller;
import org.motus.problem.NotFound;
import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/**
 * What the gateway learns from patient-service, always asked with the caller's own token:
 * whether a therapist treats a patient (patient-service answers 200 or 404), and which patient
 * record a patient caller is. A subject's patient id never changes, so it is remembered ({@link PatientIds}).
 * Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class PatientDirectory {

    private static final Logger LOG = Logger.getLogger(PatientDirectory.class);
    private final PatientServiceClient client;
    private final PatientIds patientIds;

    public PatientDirectory(@RestClient PatientServiceClient client, PatientIds patientIds) {
        this.client = client;
        this.patientIds = patientIds;
    }

    /** The patient's record if the caller may see it (a treating therapist, the patient); else empty. */
    public Optional<PatientRecord> visibleTo(Caller caller, UUID patientId) {
        try {
            return Optional.ofNullable(client.byId(bearer(caller), patientId));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 403) {
                return Optional.empty();
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    /** The patient-service id of a patient caller (patient-service creates the record on first sign-in). */
    public Optional<UUID> patientIdOf(Caller caller) {
        if (!caller.is(Caller.PATIENT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(patientIds.of(caller.subject(), bearer(caller)));
        } catch (PatientIds.NoRecord e) {
            return Optional.empty();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 403) {
                return Optional.empty();
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    /**
     * Whether the calling patient's consent to telehealth is in force, asked of patient-service each
     * time (not cached: a withdrawal takes effect at the next join). No record, or a record the
     * patient cannot read, counts as no consent.
     */
    public boolean telehealthConsented(Caller caller) {
        Optional<UUID> patientId = patientIdOf(caller);
        if (patientId.isEmpty()) {
            return false;
        }
        try {
            PatientConsents consents = client.consents(bearer(caller), patientId.get());
            return consents != null && consents.granted(PatientConsents.TELEHEALTH);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 403) {
                return false;
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    /** The Keycloak subjects of the therapists treating a patient caller; empty for anyone else. */
    public java.util.List<String> therapistsOf(Caller caller) {
        Optional<UUID> patientId = patientIdOf(caller);
        if (patientId.isEmpty()) {
            return java.util.List.of();
        }
        try {
            return client.careTeam(bearer(caller), patientId.get()).stream()
                    .map(CareTeamMember::therapistSubject)
                    .toList();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 403) {
                return java.util.List.of();
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    private static String bearer(Caller caller) {
        if (caller.accessToken() == null) {
            throw new NotFound("No such record.");
        }
        return "Bearer " + caller.accessToken();
    }

    private static ProblemException unavailable(Exception e) {
        LOG.warnf("patient-service did not answer usefully: %s", e.toString());
        return new PatientServiceUnavailable();
    }

    /** Without patient-service the gateway cannot tell who treats whom: 503, never a guess. */
    public static final class PatientServiceUnavailable extends ProblemException {
        PatientServiceUnavailable() {
            super(
                    ProblemType.UPSTREAM_UNAVAILABLE,
                    "patient-service is not reachable right now; try again in a minute.");
        }
    }
}
