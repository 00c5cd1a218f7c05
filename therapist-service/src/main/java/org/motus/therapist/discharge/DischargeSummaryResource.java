package org.motus.therapist.discharge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.therapist.access.Caller;
import org.motus.therapist.handout.HandoutResource;

@Path("/api/v1/discharge-summaries/{patientId}")
@Tag(name = "Plans")
@APIResponse(
        responseCode = "503",
        description = "patient-service (the episode's figures, who treats whom) cannot be reached or failed; try again")
public class DischargeSummaryResource {

    private final DischargeSummaryService summaries;
    private final Caller caller;

    public DischargeSummaryResource(DischargeSummaryService summaries, Caller caller) {
        this.summaries = summaries;
        this.caller = caller;
    }

    @GET
    @Produces(HandoutResource.PDF)
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST})
    @Operation(
            summary =
                    "The discharge summary as a PDF: goals, plan history, pain and function against the baseline, adherence and flags (an interim summary while in care)")
    @APIResponse(
            responseCode = "200",
            description = "An A4 PDF",
            content =
                    @Content(
                            mediaType = HandoutResource.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such patient, or not within your reach")
    public Response summary(@PathParam("patientId") UUID patientId) {
        byte[] pdf = summaries.pdf(caller, patientId);
        return Response.ok(pdf, HandoutResource.PDF)
                .header("Content-Disposition", "attachment; filename=\"motus-discharge-summary.pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
