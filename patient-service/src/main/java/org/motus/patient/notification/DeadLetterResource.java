package org.motus.patient.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

@Path("/api/v1/notifications/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Notifications")
public class DeadLetterResource {

    private final NotificationCentre centre;

    public DeadLetterResource(NotificationCentre centre) {
        this.centre = centre;
    }

    @GET
    @Operation(summary = "Admin: notifications the outbox gave up on (newest failure first, at most 200)")
    @APIResponse(
            responseCode = "200",
            description = "The dead letters",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetterView.class),
                            examples =
                                    @ExampleObject(name = "dead letters", value = NotificationExamples.DEAD_LETTERS)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<DeadLetterView> list() {
        return centre.deadLetters();
    }

    @POST
    @Path("/{notificationId}/retry")
    @Operation(summary = "Admin: send a dead letter again (due at once, attempts counted afresh)")
    @APIResponse(
            responseCode = "200",
            description = "The notification, pending again",
            content =
                    @Content(
                            schema = @Schema(implementation = DeadLetterView.class),
                            examples = @ExampleObject(name = "retried", value = NotificationExamples.RETRIED)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such notification in the outbox")
    @APIResponse(responseCode = "409", description = "Not a dead letter")
    public DeadLetterView retry(
            @Parameter(example = NotificationExamples.NOTIFICATION_ID) @PathParam("notificationId")
                    UUID notificationId) {
        return centre.retry(notificationId);
    }
}
