package org.motus.therapist.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.problem.NotFound;
import org.motus.therapist.access.Caller;

/** The SVG line drawings shipped with the service (clinical-rules.md §10: every exercise is demonstrated). */
@Path("/api/v1/illustrations")
@Tag(name = "Exercise library")
public class IllustrationResource {

    public static final String SVG = "image/svg+xml";

    private final ExerciseService exercises;

    public IllustrationResource(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "Names of the shipped illustrations a clinic exercise may use")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples =
                                    @ExampleObject(name = "names", value = "[\"bridge\",\"quadruped\",\"walking\"]")))
    public List<String> names() {
        return exercises.illustrations();
    }

    @GET
    @Path("/{name: [a-z0-9-]{2,60}}.svg")
    @Produces(SVG)
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "One illustration as SVG")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = SVG,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples =
                                    @ExampleObject(
                                            name = "svg",
                                            value =
                                                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 180\">...</svg>")))
    public Response svg(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9-]{2,60}$")) @PathParam("name")
                    String name) {
        byte[] svg = Illustrations.svg(name).orElseThrow(() -> new NotFound("No illustration " + name + "."));
        return Response.ok(svg, SVG)
                .header("Cache-Control", "public, max-age=86400")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
