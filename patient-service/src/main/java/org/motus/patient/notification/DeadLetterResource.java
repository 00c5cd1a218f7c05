package org.motus.patient.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
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
import org.motus.patient.validation.QueryParams;
import org.motus.problem.search.TimeCursor;

/** Admin: the notifications the outbox gave up on, and sending one again (the "Delivery problems" screen). */
@Path("/api/v1/notifications/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Notifications")
public class DeadLetterResource {

    /** A UUID as text: a malformed id is a 400, not the 404 JAX-RS gives a path it cannot convert. */
    public static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final DeadLetters deadLetters;
    private final CurrentCaller caller;

    public DeadLetterResource(DeadLetters deadLetters, CurrentCaller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Admin: notifications the outbox gave up on, newest failure first, paged")
    @APIResponse(
            responseCode = "200",
            description = "A page of dead letters",
            content =
                    @Content(
                            schema = @Schema(implementation = DeadLetterPage.class),
                            examples =
                                    @ExampleObject(name = "dead letters", value = NotificationExamples.DEAD_LETTERS)))
    @APIResponse(responseCode = "400", description = "A malformed cursor or limit")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public DeadLetterPage list(
            @Parameter(description = "The 'next' of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "At most this many dead letters",
                            example = "50",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit) {
        return deadLetters.list(cursor(cursor), QueryParams.bounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    @POST
    @Path("/{notificationId}/retry")
    @Operation(summary = "Admin: send a dead letter again (due at once, attempts counted afresh); audited")
    @APIResponse(responseCode = "204", description = "It is pending again")
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such notification in the outbox")
    @APIResponse(responseCode = "409", description = "Not (or no longer) a dead letter")
    public void retry(
            @Parameter(example = NotificationExamples.NOTIFICATION_ID)
                    @PathParam("notificationId")
                    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
                    String notificationId) {
        deadLetters.retry(caller.get(), UUID.fromString(notificationId));
    }

    /** The cursor a page's {@code next} named; anything else is a 400. */
    public static TimeCursor cursor(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        return TimeCursor.decode(token)
                .orElseThrow(() -> new BadRequestException("cursor must be the 'next' of an earlier page."));
    }
}
