package org.motus.patient.record;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.motus.patient.access.AccessLog;
import org.motus.patient.access.AccessPolicy;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.access.Relationship;
import org.motus.patient.problem.PatientProblems;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.ProblemException;

/**
 * The door to a patient's data. It lives with the record because it loads it; the decision itself
 * is {@link AccessPolicy} over the access table {@link Action}, in {@code org.motus.patient.access}.
 * The one place that decides whether a caller may do something to a patient's data (docs/architecture.md
 * "Identity and access"), and that writes the {@link AccessLog} (audit) row for every attempt: granted work is audited
 * in its own transaction (the row commits with the data), denials and failures in a separate one
 * (so the rollback of the work does not erase them). Outside your reach answers 404.
 */
@ApplicationScoped
public class PatientAccess {

    private final AccessLog log;

    public PatientAccess(AccessLog log) {
        this.log = log;
    }

    /** Runs {@code work} in a new transaction if the caller may do {@code action} to the patient's data. */
    public <T> T perform(Caller caller, UUID patientId, Action action, Function<Patient, T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Patient patient = Patient.findById(patientId);
                AccessPolicy.Decision decision =
                        AccessPolicy.decide(patient != null, relationships(caller, patient), action);
                if (decision != AccessPolicy.Decision.ALLOW) {
                    throw new Refused(decision);
                }
                if (patient.dischargedAt != null && action.changesRecord()) {
                    throw new Conflict(PatientProblems.RECORD_DISCHARGED);
                }
                T result = work.apply(patient);
                log.succeeded(caller, action, patientId);
                return result;
            });
        } catch (Refused refused) {
            return refuse(caller, patientId, action, refused.decision);
        } catch (RuntimeException failure) {
            log.failed(caller, action, patientId, describe(failure));
            throw failure;
        }
    }

    /**
     * Runs role-level work (the endpoint checked the role) in a new transaction and audits one row
     * per patient record it touched, or one row without a patient when it touched none.
     */
    public <T> T performForRole(Caller caller, Action action, Supplier<Touched<T>> work) {
        return performForRole(caller, action, null, work);
    }

    /**
     * Role-level work as {@link #performForRole(Caller, Action, Supplier)}, its audit rows saying
     * what else it touched ({@code detail}, e.g. the account an admin deactivated).
     */
    public <T> T performForRole(Caller caller, Action action, String detail, Supplier<Touched<T>> work) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Touched<T> touched = work.get();
                if (touched.patientIds().isEmpty()) {
                    log.succeeded(caller, action, null, detail);
                }
                for (UUID patientId : touched.patientIds()) {
                    log.succeeded(caller, action, patientId, detail);
                }
                return touched.result();
            });
        } catch (RuntimeException failure) {
            log.failed(caller, action, null, describe(failure));
            throw failure;
        }
    }

    /** What role-level work returns: its result and the patient records it read or wrote. */
    public record Touched<T>(T result, List<UUID> patientIds) {
        public static <T> Touched<T> of(T result, UUID patientId) {
            return new Touched<>(result, List.of(patientId));
        }
    }

    /** The caller's relationships to a record (empty when there is none or no record). */
    public Set<Relationship> relationships(Caller caller, Patient patient) {
        Set<Relationship> relationships = EnumSet.noneOf(Relationship.class);
        if (patient == null) {
            return relationships;
        }
        if (caller.is(Caller.PATIENT) && caller.subject().equals(patient.subject)) {
            relationships.add(Relationship.SELF);
        }
        if (caller.is(Caller.THERAPIST) && CareTeamMember.treats(caller.subject(), patient.id)) {
            relationships.add(Relationship.TREATING_THERAPIST);
        }
        if (caller.is(Caller.ADMIN)) {
            relationships.add(Relationship.ADMIN);
        }
        if (caller.isGrantedMachine()) {
            if (caller.grant().everyPatient()) {
                relationships.add(Relationship.SYSTEM_CLIENT);
            } else if (caller.grant().reaches(patient.id)) {
                relationships.add(Relationship.CLIENT_FOR_PATIENT);
            }
        }
        return relationships;
    }

    private <T> T refuse(Caller caller, UUID patientId, Action action, AccessPolicy.Decision decision) {
        switch (decision) {
            case NOT_FOR_YOUR_ROLE -> {
                log.denied(caller, action, patientId, "not for the caller's role");
                throw new ForbiddenException();
            }
            case OUTSIDE_REACH -> {
                log.denied(caller, action, patientId, "outside the caller's reach");
                throw new NotFound(PatientProblems.NO_PATIENT, String.valueOf(patientId));
            }
            default -> {
                log.notFound(caller, action, patientId);
                throw new NotFound(PatientProblems.NO_PATIENT, String.valueOf(patientId));
            }
        }
    }

    private static String describe(RuntimeException failure) {
        if (failure instanceof ProblemException problem) {
            return problem.type().name();
        }
        return failure.getClass().getSimpleName();
    }

    /** Internal signal that leaves the transaction (rolled back) before the refusal is audited. */
    private static final class Refused extends RuntimeException {
        final AccessPolicy.Decision decision;

        Refused(AccessPolicy.Decision decision) {
            super(decision.name(), null, false, false);
            this.decision = decision;
        }
    }
}
