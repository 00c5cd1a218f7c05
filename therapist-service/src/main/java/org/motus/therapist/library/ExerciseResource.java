package org.motus.therapist.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.Arrays;
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
import org.motus.problem.Problem;
import org.motus.therapist.access.Caller;
import org.motus.therapist.openapi.Examples;

@Path("/api/v1/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercise library")
public class ExerciseResource {

    /** RFC 9110 §15.5.17; not one of the standard problem types: only media answers it. */
    static final String RANGE_NOT_SATISFIABLE = "urn:motus:problem:range-not-satisfiable";

    private final ExerciseService exercises;
    private final MediaStore store;
    private final Caller caller;

    public ExerciseResource(ExerciseService exercises, MediaStore store, Caller caller) {
        this.exercises = exercises;
        this.store = store;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(
            summary = "Search the exercise library",
            description = "All filters are optional and combine; results by pillar then name.")
    @APIResponse(responseCode = "200")
    @APIResponse(
            responseCode = "400",
            description = "An unknown pillar, kind or region",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "bad filter", value = Examples.PROBLEM_BAD_FILTER)))
    public List<ExerciseView> search(
            @Parameter(
                            description = "The pillar (case does not matter)",
                            schema = @Schema(implementation = Pillar.class))
                    @QueryParam("pillar")
                    String pillar,
            @Parameter(
                            description = "The kind of an EXERCISE item (case does not matter)",
                            schema = @Schema(implementation = ExerciseKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "A body region, see /api/v1/exercises/regions",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "low-back",
                                                "neck-shoulder",
                                                "upper-back",
                                                "chest",
                                                "core",
                                                "hip",
                                                "knee",
                                                "hamstrings",
                                                "calf",
                                                "sciatica",
                                                "balance",
                                                "general",
                                                "whole-body"
                                            }))
                    @QueryParam("region")
                    String region,
            @Parameter(
                            description = "Text in name, regions or instructions",
                            schema = @Schema(type = SchemaType.STRING, maxLength = ExerciseService.MAX_QUERY_LENGTH))
                    @QueryParam("q")
                    String q) {
        return exercises.search(pillar, kind, region, q);
    }

    @GET
    @Path("/regions")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The body regions the library's filter knows")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples =
                                    @ExampleObject(
                                            name = "regions",
                                            value = "[\"low-back\",\"neck-shoulder\",\"knee\"]")))
    public List<String> regions() {
        return Regions.ALL;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "One exercise")
    @APIResponse(responseCode = "200")
    public ExerciseView get(@PathParam("id") UUID id) {
        return exercises.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "Add a clinic exercise to the library")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "clinic exercise", value = Examples.EXERCISE_DRAFT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new exercise",
            content =
                    @Content(
                            schema = @Schema(implementation = ExerciseView.class),
                            examples = @ExampleObject(name = "created", value = Examples.EXERCISE_CLINIC)))
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_EXERCISE_INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "The slug is taken",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "slug taken", value = Examples.PROBLEM_CONFLICT_SLUG)))
    public Response create(@NotNull @Valid ExerciseDraft draft) {
        ExerciseView created = exercises.create(caller, draft);
        return Response.created(URI.create("/api/v1/exercises/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "Edit a clinic exercise (built-in ones are read-only: 409)")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "clinic exercise", value = Examples.EXERCISE_DRAFT)))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = ExerciseView.class),
                            examples = @ExampleObject(name = "updated", value = Examples.EXERCISE_CLINIC)))
    @APIResponse(
            responseCode = "409",
            description = "A built-in exercise, or the slug is taken",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "read-only", value = Examples.PROBLEM_READ_ONLY)))
    public ExerciseView update(@PathParam("id") UUID id, @NotNull @Valid ExerciseDraft draft) {
        return exercises.update(caller, id, draft);
    }

    @PUT
    @Path("/{id}/media")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Caller.THERAPIST, Caller.ADMIN})
    @Operation(
            summary = "Upload the therapist's own demonstration video or image for a clinic exercise",
            description =
                    "The body is the file itself with its Content-Type: image/png, image/jpeg or image/webp up to 5 MiB, "
                            + "video/mp4 or video/webm up to 30 MiB. The bytes must match the type. Replaces an earlier upload.")
    @RequestBody(content = @Content(mediaType = "video/mp4"))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = ExerciseView.class),
                            examples = @ExampleObject(name = "with upload", value = Examples.EXERCISE_CLINIC)))
    @APIResponse(
            responseCode = "400",
            description = "Empty or too large",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "too large", value = Examples.PROBLEM_TOO_LARGE)))
    @APIResponse(
            responseCode = "409",
            description = "A built-in exercise",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "read-only", value = Examples.PROBLEM_READ_ONLY)))
    @APIResponse(
            responseCode = "415",
            description = "Not an accepted type, or the bytes are not what the type says",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(name = "unsupported", value = Examples.PROBLEM_UNSUPPORTED_MEDIA)))
    public ExerciseView uploadMedia(
            @PathParam("id") UUID id, @HeaderParam("Content-Type") String contentType, byte[] body) {
        return exercises.putMedia(caller, id, contentType, body);
    }

    @GET
    @Path("/{id}/media")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(
            summary = "The uploaded demonstration, streamed (a single Range for video seeking; ETag and If-None-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            headers = {
                @Header(name = "Accept-Ranges", schema = @Schema(type = SchemaType.STRING, enumeration = "bytes")),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
            },
            content = {
                @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/webm", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "206",
            description = "The requested byte range",
            headers =
                    @Header(
                            name = "Content-Range",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^bytes \\d+-\\d+/\\d+$")),
            content = {
                @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/webm", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "416",
            description = "The range starts beyond the end of the file (Content-Range: bytes */size)",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "range", value = Examples.PROBLEM_RANGE)))
    public Response media(
            @PathParam("id") UUID id,
            @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        ExerciseMedia.Stored media = exercises.media(id);
        String etag = media.etag();
        if (ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::strip)
                        .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag))) {
            return cacheHeaders(Response.notModified(), etag).build();
        }
        ByteRange.Request request = ByteRange.parse(range, media.sizeBytes());
        Response.ResponseBuilder response;
        if (request instanceof ByteRange.Unsatisfiable) {
            Problem problem = new Problem(
                    RANGE_NOT_SATISFIABLE,
                    "Range not satisfiable",
                    416,
                    "The upload has " + media.sizeBytes() + " bytes; ask for a range within them.",
                    null);
            return Response.status(416)
                    .type(Problem.MEDIA_TYPE)
                    .entity(problem)
                    .header("Content-Range", "bytes */" + media.sizeBytes())
                    .header("Accept-Ranges", "bytes")
                    .build();
        }
        ByteRange bytes =
                request instanceof ByteRange.Part part ? part.range() : new ByteRange(0, media.sizeBytes() - 1);
        StreamingOutput body = out -> store.copy(media.contentOid(), bytes.start(), bytes.length(), out);
        if (request instanceof ByteRange.Part) {
            response = Response.status(206).header("Content-Range", bytes.contentRange(media.sizeBytes()));
        } else {
            response = Response.ok();
        }
        return cacheHeaders(response.entity(body).type(media.contentType()), etag)
                .header("Content-Length", bytes.length())
                .build();
    }

    private static Response.ResponseBuilder cacheHeaders(Response.ResponseBuilder response, String etag) {
        return response.header("Accept-Ranges", "bytes")
                .header("ETag", etag)
                .header("Cache-Control", "private, max-age=3600");
    }

    @DELETE
    @Path("/{id}/media")
    @RolesAllowed({Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "Remove the uploaded demonstration of a clinic exercise")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "409",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "read-only", value = Examples.PROBLEM_READ_ONLY)))
    public void deleteMedia(@PathParam("id") UUID id) {
        exercises.deleteMedia(id);
    }
}
