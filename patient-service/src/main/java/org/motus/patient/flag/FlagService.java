package org.motus.patient.flag;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.access.PatientAccess;
import org.motus.patient.rules.ActivityCeiling;
import org.motus.patient.rules.SessionOutcome;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FlagService {

    @Inject
    PatientAccess access;

    /**
     * Raises the flags a session's outcome calls for: above the activity ceiling (rule 4), pain not
     * back to the pre-session level at the follow-up (rule 3). At most one flag of a kind per
     * session, also when two readings arrive at once (the database keeps it unique).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raiseFor(UUID patientId, UUID sessionId, SessionOutcome outcome, Integer painBefore,
                         Integer painDuringPeak, Integer painFollowUp) {
        if (outcome.brokeTheCeiling()) {
            raise(patientId, sessionId, FlagKind.ACTIVITY_CEILING_EXCEEDED, "Peak pain during the session was "
                    + painDuringPeak + "/10, above the " + ActivityCeiling.MAX_PAIN_DURING + "/10 ceiling.");
        }
        if (outcome.painNotBack()) {
            raise(patientId, sessionId, FlagKind.PAIN_NOT_BACK_TO_BASELINE, "Pain at the follow-up was "
                    + painFollowUp + "/10, above " + painBefore + "/10 before the session.");
        }
    }

    public List<FlagView> list(Caller caller, UUID patientId, FlagStatus status) {
        return access.perform(caller, patientId, Action.READ_FLAGS, patient -> {
            String where = switch (status) {
                case OPEN -> " and acknowledgedAt is null";
                case ACKNOWLEDGED -> " and acknowledgedAt is not null";
                case ALL -> "";
            };
            return Flag.<Flag>list("patientId = ?1" + where + " order by raisedAt desc, id", patientId).stream()
                    .map(FlagView::of).toList();
        });
    }

    /** The treating therapist acknowledges an open flag; acknowledging it again is a conflict. */
    public FlagView acknowledge(Caller caller, UUID patientId, UUID flagId) {
        return access.perform(caller, patientId, Action.ACKNOWLEDGE_FLAG, patient -> {
            int changed = Panache.getEntityManager().createNativeQuery("""
                            update flag set acknowledged_at = ?1, acknowledged_by = ?2
                             where id = ?3 and patient_id = ?4 and acknowledged_at is null""")
                    .setParameter(1, Instant.now()).setParameter(2, caller.subject())
                    .setParameter(3, flagId).setParameter(4, patientId)
                    .executeUpdate();
            Flag flag = Flag.<Flag>find("id = ?1 and patientId = ?2", flagId, patientId).firstResultOptional()
                    .orElseThrow(() -> new NotFound("No flag " + flagId + "."));
            if (changed == 0) {
                throw new Conflict("This flag was acknowledged already.");
            }
            Panache.getEntityManager().refresh(flag);
            return FlagView.of(flag);
        });
    }

    private static void raise(UUID patientId, UUID sessionId, FlagKind kind, String detail) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into flag (id, patient_id, session_id, kind, detail, raised_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (session_id, kind) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, patientId).setParameter(3, sessionId)
                .setParameter(4, kind.name()).setParameter(5, detail).setParameter(6, Instant.now())
                .executeUpdate();
    }
}
