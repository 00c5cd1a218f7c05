package org.motus.patient.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;

/** The session gateway plans a visit's reminders here (realm role {@code notifier}: its service account only). */
@Path("/api/v1/notifications/visit-reminders/{visitId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.NOTIFIER)
@Tag(name = "Visit reminders", description = "Reminders of video visits, planned by the session gateway")
public class VisitReminderResource {

    static final String EXAMPLE = """
            {"visitId":"3b0c8d52-8a4e-4e55-b7a5-0d6f4f1e9c11","patientId":"6f1c2b7e-5d0a-4f3e-9a41-2f4b8c0d1e22",
             "startsAt":"2026-12-08T09:30:00Z",
             "reminders":[{"kind":"VISIT_DAY_BEFORE","dueAt":"2026-12-07T09:30:00Z","status":"SCHEDULED"},
                          {"kind":"VISIT_SOON","dueAt":"2026-12-08T09:15:00Z","status":"SCHEDULED"}]}""";

    static final String REQUEST = """
            {"patientId":"6f1c2b7e-5d0a-4f3e-9a41-2f4b8c0d1e22","startsAt":"2026-12-08T09:30:00Z"}""";

    private final VisitReminders reminders;
    private final CurrentCaller caller;

    public VisitReminderResource(VisitReminders reminders, CurrentCaller caller) {
        this.reminders = reminders;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Plan the visit's reminders (24 h and 15 min before, those still ahead), replacing"
                    + " the unsent ones of an earlier start; the same body again changes nothing")
    @APIResponse(
            responseCode = "200",
            description = "The visit's reminders at this start",
            content =
                    @Content(
                            schema = @Schema(implementation = VisitRemindersView.class),
                            examples = @ExampleObject(name = "planned", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed body or visit id")
    @APIResponse(responseCode = "403", description = "Not the notifier service account")
    @APIResponse(responseCode = "404", description = "No such patient")
    public VisitRemindersView put(
            @Parameter(example = "3b0c8d52-8a4e-4e55-b7a5-0d6f4f1e9c11") @PathParam("visitId") UUID visitId,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "visit", value = REQUEST))) @Valid @NotNull
                    VisitReminderRequest request) {
        return reminders.put(caller.get(), visitId, request);
    }

    @DELETE
    @Operation(summary = "Cancel the visit's unsent reminders (again: no change)")
    @APIResponse(responseCode = "204", description = "Cancelled, or nothing to cancel")
    @APIResponse(responseCode = "403", description = "Not the notifier service account")
    public void cancel(
            @Parameter(example = "3b0c8d52-8a4e-4e55-b7a5-0d6f4f1e9c11") @PathParam("visitId") UUID visitId) {
        reminders.cancel(caller.get(), visitId);
    }
}
