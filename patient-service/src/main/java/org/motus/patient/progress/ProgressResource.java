package org.motus.patient.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;
import org.motus.patient.validation.QueryParams;

@Path("/api/v1/patients/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Adherence and progress", description = "JSON series for the charts")
public class ProgressResource {

    private final ProgressService progress;
    private final CurrentCaller caller;

    public ProgressResource(ProgressService progress, CurrentCaller caller) {
        this.progress = progress;
        this.caller = caller;
    }

    @GET
    @Path("/adherence")
    @Operation(
            summary =
                    "Sessions per week against the prescribed frequency, and days with data in the last 30 (16 for remote monitoring), in the patient's time zone")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "400", description = "Bad weeks")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public AdherenceView adherence(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(
                            description = "How many weeks",
                            example = "8",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "52",
                                            defaultValue = "8"))
                    @QueryParam("weeks")
                    String weeks) {
        return progress.adherence(caller.get(), id, QueryParams.bounded("weeks", weeks, 8, 1, 52));
    }

    @GET
    @Path("/progress")
    @Operation(
            summary =
                    "Weekly mean resting pain and reduction against the baseline, with the expected course (rule 9), in the patient's time zone")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "400", description = "Bad weeks")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public ProgressView progress(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(
                            description = "At most this many newest weeks",
                            example = "12",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "52",
                                            defaultValue = "12"))
                    @QueryParam("weeks")
                    String weeks) {
        return progress.progress(caller.get(), id, QueryParams.bounded("weeks", weeks, 12, 1, 52));
    }
}
