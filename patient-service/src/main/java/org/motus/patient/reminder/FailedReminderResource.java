package org.motus.patient.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.notification.DeadLetterResource;
import org.motus.patient.validation.QueryParams;

/** Admins see the reminders the runner gave up on, as they see the outbox's dead letters, and retry them. */
@Path("/api/v1/notifications/failed-reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Notifications")
public class FailedReminderResource {

    static final String EXAMPLE = """
            {"items":[{"id":"5d1f7a52-95b1-4a8e-9d0a-3c2f1e6b7a10","patientId":"0a7e0000-0000-4000-8000-000000000002",\
            "kind":"FOLLOW_UP_DUE","dueAt":"2027-01-11T10:20:00Z","attempts":5,\
            "lastError":"java.time.zone.ZoneRulesException: Unknown time-zone ID: Mars/Olympus_Mons",\
            "failedAt":"2027-01-11T10:20:01Z"}],"next":null}""";

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final FailedReminders failed;
    private final CurrentCaller caller;

    public FailedReminderResource(FailedReminders failed, CurrentCaller caller) {
        this.failed = failed;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Admin: reminders whose decision failed on every attempt, newest first, paged")
    @APIResponse(
            responseCode = "200",
            description = "A page of failed reminders",
            content =
                    @Content(
                            schema = @Schema(implementation = FailedReminderPage.class),
                            examples = @ExampleObject(name = "failed reminders", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed cursor or limit")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public FailedReminderPage list(
            @Parameter(description = "The 'next' of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "At most this many reminders",
                            example = "50",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit) {
        return failed.list(
                DeadLetterResource.cursor(cursor), QueryParams.bounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    @POST
    @Path("/{reminderId}/retry")
    @Operation(summary = "Admin: decide a failed reminder again now (attempts counted afresh); audited")
    @APIResponse(responseCode = "204", description = "It is scheduled again, due now")
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such reminder")
    @APIResponse(responseCode = "409", description = "Not (or no longer) failed")
    public void retry(
            @Parameter(example = "5d1f7a52-95b1-4a8e-9d0a-3c2f1e6b7a10")
                    @PathParam("reminderId")
                    @Pattern(regexp = DeadLetterResource.UUID_PATTERN, message = "must be a UUID")
                    String reminderId) {
        failed.retry(caller.get(), UUID.fromString(reminderId));
    }
}
