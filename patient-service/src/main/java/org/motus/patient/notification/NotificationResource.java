package org.motus.patient.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.validation.QueryParams;
import org.motus.problem.search.NextLink;
import org.motus.problem.search.PageQuery;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Notifications", description = "The caller's notification centre (in-app notifications)")
public class NotificationResource {

    private final NotificationCentre centre;
    private final CurrentCaller caller;

    public NotificationResource(NotificationCentre centre, CurrentCaller caller) {
        this.centre = centre;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Your in-app notifications, newest first",
            description = "Paged: " + NotificationCentre.PAGE + " by default, at most " + NotificationCentre.MAX_PAGE
                    + "; a Link header with rel=\"next\" names the next page")
    @APIResponse(
            responseCode = "200",
            description = "Your notifications",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = NotificationView.class),
                            examples =
                                    @ExampleObject(name = "notifications", value = NotificationExamples.NOTIFICATIONS)))
    @APIResponse(responseCode = "400", description = "Unknown status, bad limit or cursor")
    @APIResponse(responseCode = "403", description = "No Motus role")
    public RestResponse<List<NotificationView>> list(
            @Parameter(
                            description = "Which notifications",
                            example = "UNREAD",
                            schema = @Schema(implementation = InboxFilter.class, defaultValue = "ALL"))
                    @QueryParam("status")
                    String status,
            @BeanParam PageQuery page,
            @Context UriInfo request) {
        return NextLink.ok(
                centre.list(
                        caller.get(),
                        QueryParams.choice("status", status, InboxFilter.class, InboxFilter.ALL),
                        page.page(NotificationCentre.PAGE, NotificationCentre.MAX_PAGE)),
                request);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of your in-app notifications are unread (the web polls this while open)")
    @APIResponse(
            responseCode = "200",
            description = "The unread count",
            content =
                    @Content(
                            schema = @Schema(implementation = UnreadCount.class),
                            examples = @ExampleObject(name = "unread", value = NotificationExamples.UNREAD)))
    @APIResponse(responseCode = "403", description = "No Motus role")
    public UnreadCount unread() {
        return centre.unread(caller.get());
    }

    @POST
    @Path("/{notificationId}/read")
    @Operation(summary = "Mark one of your notifications read (again: no change)")
    @APIResponse(
            responseCode = "200",
            description = "The notification, read",
            content =
                    @Content(
                            schema = @Schema(implementation = NotificationView.class),
                            examples = @ExampleObject(name = "read", value = NotificationExamples.READ_NOTIFICATION)))
    @APIResponse(responseCode = "403", description = "No Motus role")
    @APIResponse(responseCode = "404", description = "No such notification of yours")
    public NotificationView markRead(
            @Parameter(example = NotificationExamples.NOTIFICATION_ID) @PathParam("notificationId")
                    UUID notificationId) {
        return centre.markRead(caller.get(), notificationId);
    }

    @POST
    @Path("/read")
    @Operation(summary = "Mark all your notifications read")
    @APIResponse(
            responseCode = "200",
            description = "The unread count afterwards",
            content =
                    @Content(
                            schema = @Schema(implementation = UnreadCount.class),
                            examples = @ExampleObject(name = "none unread", value = NotificationExamples.NONE_UNREAD)))
    @APIResponse(responseCode = "403", description = "No Motus role")
    public UnreadCount markAllRead() {
        return centre.markAllRead(caller.get());
    }
}
