package org.motus.therapist.handout;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.therapist.access.Caller;
import org.motus.therapist.errors.FieldProblems;
import org.motus.therapist.plan.VersionNumber;

@Path("/api/v1/plans/{planId}/handout.pdf")
@Tag(name = "Plans")
@APIResponse(
        responseCode = "503",
        description = "patient-service (who treats whom, the patient's facts) cannot be reached or failed; try again")
public class HandoutResource {

    public static final String PDF = "application/pdf";

    private final HandoutService handouts;
    private final Caller caller;

    public HandoutResource(HandoutService handouts, Caller caller) {
        this.handouts = handouts;
        this.caller = caller;
    }

    @GET
    @Produces(PDF)
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST})
    @Operation(summary = "A printable handout of the plan (the active version unless one is named)")
    @APIResponse(
            responseCode = "200",
            description = "An A4 PDF, a few items per page",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "A version or language that is not one")
    @APIResponse(responseCode = "404", description = "No such plan or version, or not within your reach")
    public Response handout(
            @PathParam("planId") UUID planId,
            @Parameter(
                            description = "A version number; patients may name published versions only",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                    @QueryParam("version")
                    String version,
            @Parameter(
                            description = "Print in this language; without it, in the one the patient chose in Motus,"
                                    + " else the one of the request's Accept-Language, else English",
                            schema = @Schema(enumeration = {"en", "es", "de"}))
                    @QueryParam("language")
                    String language) {
        HandoutLanguage asked = language == null || language.isBlank()
                ? null
                : HandoutLanguage.ofTag(language.strip())
                        .orElseThrow(() -> FieldProblems.invalid("language", "must be en, es or de"));
        HandoutService.Printed printed = handouts.pdf(caller, planId, VersionNumber.parse(version), asked);
        return Response.ok(printed.pdf(), PDF)
                .header("Content-Language", printed.language().tag())
                .header("Content-Disposition", "inline; filename=\"motus-plan.pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
