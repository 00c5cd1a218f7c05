package org.motus.patient.push;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;

@Path("/api/v1/notifications/push")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Notifications")
public class PushResource {

    static final String SUBSCRIPTION_ID = "b0b50000-0000-4000-8000-000000000001";
    static final String PUBLIC_KEY = """
            {"publicKey":"BEG7987ixDArb8xYuSSFal9CCp6PvQGHKfGRkS_wi5TvL3uCXmSRohAit4u2tBop9wZswPgdEGX3bk8APjGQNZM"}""";
    static final String SUBSCRIBE = """
            {"endpoint":"https://fcm.googleapis.com/fcm/send/dXJn0xyz",
             "keys":{"p256dh":"BEG7987ixDArb8xYuSSFal9CCp6PvQGHKfGRkS_wi5TvL3uCXmSRohAit4u2tBop9wZswPgdEGX3bk8APjGQNZM",
                     "auth":"pbkq8f0JvcWdh2oGRX_0kw"}}""";
    static final String SUBSCRIPTION = """
            {"id":"b0b50000-0000-4000-8000-000000000001","endpoint":"https://fcm.googleapis.com/fcm/send/dXJn0xyz",
             "createdAt":"2026-12-04T09:00:00Z"}""";

    private final PushSubscriptions subscriptions;
    private final CurrentCaller caller;

    public PushResource(PushSubscriptions subscriptions, CurrentCaller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @GET
    @Path("/public-key")
    @Operation(summary = "The VAPID public key to subscribe this browser with (404 when Web Push is off)")
    @APIResponse(
            responseCode = "200",
            description = "The application server key",
            content =
                    @Content(
                            schema = @Schema(implementation = VapidPublicKey.class),
                            examples = @ExampleObject(name = "key", value = PUBLIC_KEY)))
    @APIResponse(responseCode = "403", description = "No Motus role")
    @APIResponse(responseCode = "404", description = "Web Push is not configured")
    public VapidPublicKey publicKey() {
        return subscriptions.publicKey();
    }

    @GET
    @Path("/subscriptions")
    @Operation(summary = "The browsers you subscribed to push notifications")
    @APIResponse(
            responseCode = "200",
            description = "Your subscriptions",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PushSubscriptionView.class),
                            examples = @ExampleObject(name = "subscriptions", value = "[" + SUBSCRIPTION + "]")))
    @APIResponse(responseCode = "403", description = "No Motus role")
    public List<PushSubscriptionView> list() {
        return subscriptions.list(caller.get());
    }

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe this browser (its PushSubscription as JSON); again: updated, not doubled")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "subscription", value = SUBSCRIBE)))
    @APIResponse(
            responseCode = "201",
            description = "Subscribed",
            content =
                    @Content(
                            schema = @Schema(implementation = PushSubscriptionView.class),
                            examples = @ExampleObject(name = "subscribed", value = SUBSCRIPTION)))
    @APIResponse(responseCode = "400", description = "Not a PushSubscription")
    @APIResponse(responseCode = "403", description = "No Motus role")
    @APIResponse(responseCode = "404", description = "Web Push is not configured")
    public Response subscribe(@NotNull @Valid PushSubscriptionRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(subscriptions.subscribe(caller.get(), request))
                .build();
    }

    @DELETE
    @Path("/subscriptions/{subscriptionId}")
    @Operation(summary = "Unsubscribe one of your browsers")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "403", description = "No Motus role")
    @APIResponse(responseCode = "404", description = "No such subscription of yours")
    public void unsubscribe(@Parameter(example = SUBSCRIPTION_ID) @PathParam("subscriptionId") UUID subscriptionId) {
        subscriptions.unsubscribe(caller.get(), subscriptionId);
    }
}
