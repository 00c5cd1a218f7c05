package org.motus.therapist.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercise library")
public class ExerciseResource {

    @GET
    @RolesAllowed({"patient", "therapist", "admin"})
    @Operation(summary = "The exercise library, by pillar then name")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "library", value = """
            [{"id":"0b6f1c1e-3f0a-4c1e-9d1a-000000000008","slug":"bird-dog","name":"Bird-dog","pillar":"RESTORATION",
              "regions":["low-back","core"],"instructions":["Start on hands and knees..."],"commonMistakes":["Letting the lower back sag"],"builtIn":true}]""")))
    public List<ExerciseView> list() {
        return Exercise.inLibraryOrder().stream().map(ExerciseView::of).toList();
    }
}
