package org.motus.patient.message;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.idempotency.Idempotency;
import org.motus.patient.idempotency.Idempotency.Stored;
import org.motus.patient.openapi.Examples;
import org.motus.problem.Problem;
import org.motus.problem.search.NextLink;
import org.motus.problem.search.PageQuery;

@Path("/api/v1/patients/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Messages", description = "The patient's secure message thread with their care team")
public class MessageResource {

    /** Default and maximum page sizes (ADR 0044). */
    static final int PAGE = 100;

    static final int MAX_PAGE = 200;

    private final MessageService messages;
    private final CurrentCaller caller;

    public MessageResource(MessageService messages, CurrentCaller caller) {
        this.messages = messages;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary =
                    "The thread's latest messages, oldest first, with read receipts (the patient or a treating therapist)",
            description = "Paged backwards: the latest " + PAGE + " by default, at most " + MAX_PAGE
                    + "; a Link header with rel=\"next\" names the page of older messages")
    @APIResponse(responseCode = "200", description = "The messages")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "403", description = "An admin does not read messages (clinical data)")
    public RestResponse<List<MessageView>> thread(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @BeanParam PageQuery page,
            @Context UriInfo request) {
        return NextLink.ok(messages.thread(caller.get(), id, page.page(PAGE, MAX_PAGE)), request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message to the thread (safe to retry with an Idempotency-Key)")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "text and exercise", value = MessageExamples.REQUEST),
                                @ExampleObject(name = "with an image", value = MessageExamples.REQUEST_WITH_IMAGE)
                            }))
    @APIResponse(
            responseCode = "201",
            description =
                    "Sent; askRedFlagQuestions says when the client should ask the patient the red-flag questions."
                            + " A retry with the same key answers the same with Idempotent-Replayed: true",
            content =
                    @Content(
                            schema = @Schema(implementation = MessageView.class),
                            examples = {
                                @ExampleObject(name = "sent", value = MessageExamples.MESSAGE),
                                @ExampleObject(name = "mentions a red flag", value = MessageExamples.RED_FLAG_MESSAGE)
                            }))
    @APIResponse(
            responseCode = "400",
            description = "Empty, over 4,000 characters, a malformed exercise reference or key")
    @APIResponse(responseCode = "403", description = "An admin does not write messages")
    @APIResponse(responseCode = "404", description = "No such patient or image, or not within your reach")
    @APIResponse(
            responseCode = "409",
            description = "The key was used for a different message, or the image was sent already",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "image sent", value = MessageExamples.IMAGE_SENT)))
    @APIResponse(
            responseCode = "413",
            description = "A JSON body over 256 KiB",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "too large", value = MessageExamples.JSON_TOO_LARGE)))
    public Response send(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(description = "Makes a retry safe: unique per thread", example = Examples.IDEMPOTENCY_KEY)
                    @HeaderParam(Idempotency.HEADER)
                    @Pattern(regexp = Idempotency.KEY_PATTERN)
                    String idempotencyKey,
            @Valid @NotNull MessageRequest request,
            @Context HttpHeaders headers) {
        Stored<MessageView> stored =
                messages.send(caller.get(), id, Idempotency.keyOf(idempotencyKey, headers), request);
        return Response.status(Response.Status.CREATED)
                .entity(stored.value())
                .header(Idempotency.REPLAYED_HEADER, stored.replayed())
                .build();
    }

    @POST
    @Path("/images")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Upload an image to attach to a message (JPEG or PNG, at most 5 MiB)",
            description = "The body is the file itself. Its type is read from its bytes, whatever Content-Type says;"
                    + " it is decoded and written again, so EXIF (GPS, camera) and every other metadata is gone."
                    + " Send it with a message's imageId.")
    @RequestBody(
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "201",
            description = "Stored, cleaned",
            content =
                    @Content(
                            schema = @Schema(implementation = ImageView.class),
                            examples = @ExampleObject(name = "image", value = MessageExamples.IMAGE)))
    @APIResponse(responseCode = "403", description = "An admin does not write messages")
    @APIResponse(
            responseCode = "413",
            description = "Over 5 MiB",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "too large", value = MessageExamples.TOO_LARGE)))
    @APIResponse(
            responseCode = "415",
            description = "Empty, not a JPEG or PNG, or an image that cannot be read",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not an image", value = MessageExamples.NOT_AN_IMAGE)))
    public Response upload(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id, byte[] body) {
        return Response.status(Response.Status.CREATED)
                .entity(messages.upload(caller.get(), id, body))
                .build();
    }

    @GET
    @Path("/images/{imageId}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "An image of the thread (sent, or uploaded by you and not sent yet)")
    @APIResponse(
            responseCode = "200",
            description = "The cleaned image",
            headers = {
                @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "X-Content-Type-Options",
                        schema = @Schema(type = SchemaType.STRING, enumeration = "nosniff"))
            },
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "403", description = "An admin does not read messages")
    public Response image(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(example = MessageExamples.IMAGE_ID) @PathParam("imageId") UUID imageId) {
        MessageService.Image image = messages.image(caller.get(), id, imageId);
        return Response.ok(image.bytes(), image.kind().contentType)
                .header(
                        "Content-Disposition",
                        "inline; filename=\"message-image-" + image.id() + "." + image.kind().extension + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @POST
    @Path("/read-marks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read receipts: the caller has read the thread up to and including a message")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "read up to", value = MessageExamples.READ_UP_TO)))
    @APIResponse(
            responseCode = "200",
            description = "Marked (again is harmless: the first time counts); the caller's unread count now")
    @APIResponse(responseCode = "403", description = "An admin does not read messages")
    @APIResponse(
            responseCode = "404",
            description = "No such patient or message in the thread, or not within your reach")
    public ThreadUnread markRead(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id, @Valid @NotNull ReadUpTo request) {
        return messages.markRead(caller.get(), id, request);
    }
}
