package org.motus.patient.discharge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;

@Path("/api/v1/patients/{id}/discharge-summary")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Adherence and progress", description = "JSON series for the charts")
public class DischargeSummaryResource {

    private final DischargeSummaryService summaries;
    private final CurrentCaller caller;

    public DischargeSummaryResource(DischargeSummaryService summaries, CurrentCaller caller) {
        this.summaries = summaries;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary =
                    "The episode of care in figures: goals, pain and function against the baseline, adherence and flags (interim while in care)")
    @APIResponse(responseCode = "200", description = "The summary; therapist-service renders it as the discharge PDF")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public DischargeSummaryView summary(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return summaries.summary(caller.get(), id);
    }
}
