package org.motus.patient.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;

/** Admins see the reminders the runner gave up on, as they see the outbox's dead letters. */
@Path("/api/v1/notifications/failed-reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Notifications")
public class FailedReminderResource {

    static final String EXAMPLE = """
            [{"id":"5d1f7a52-95b1-4a8e-9d0a-3c2f1e6b7a10","patientId":"0a7e0000-0000-4000-8000-000000000002",\
            "kind":"FOLLOW_UP_DUE","dueAt":"2027-01-11T10:20:00Z","attempts":5,\
            "lastError":"java.time.zone.ZoneRulesException: Unknown time-zone ID: Mars/Olympus_Mons",\
            "failedAt":"2027-01-11T10:20:01Z"}]""";

    @GET
    @Transactional
    @Operation(summary = "Admin: reminders whose decision failed on every attempt (newest first, at most 200)")
    @APIResponse(
            responseCode = "200",
            description = "The failed reminders",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = FailedReminderView.class),
                            examples = @ExampleObject(name = "failed reminders", value = EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<FailedReminderView> list() {
        return Reminder.<Reminder>find("status = ?1 order by settledAt desc, id", ReminderStatus.FAILED)
                .page(0, 200)
                .list()
                .stream()
                .map(FailedReminderView::of)
                .toList();
    }
}
