package org.motus.patient.exerciselog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.rules.FollowUpWindow;

@Path("/api/v1/patients/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Exercise sessions")
public class FollowUpResource {

    private final Clock clock;
    private final PatientAccess access;
    private final CurrentCaller caller;

    public FollowUpResource(PatientAccess access, CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary =
                    "Follow-ups not yet answered whose window has not closed, soonest first (rule 12): the server's state, so every device shows them")
    @APIResponse(responseCode = "200", description = "The pending follow-ups")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public List<PendingFollowUp> pending(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return access.perform(caller.get(), id, Action.READ_FOLLOW_UPS, patient -> {
            Instant now = clock.instant();
            return ExerciseLog.awaitingFollowUp(id, now.minus(FollowUpWindow.CLOSES_AFTER)).stream()
                    .map(session -> {
                        FollowUpWindow window = FollowUpWindow.after(session.endedAt);
                        return new PendingFollowUp(
                                session.id,
                                session.endedAt,
                                window.opensAt(),
                                window.dueAt(),
                                window.closesAt(),
                                window.status(now));
                    })
                    .filter(pending -> pending.status() != FollowUpWindow.Status.CLOSED)
                    .toList();
        });
    }
}
