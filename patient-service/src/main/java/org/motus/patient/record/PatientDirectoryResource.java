package org.motus.patient.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.validation.QueryParams;

/** Admin: the patient list of the admin screens, without clinical data. */
@Path("/api/v1/patients/directory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Patients")
public class PatientDirectoryResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final PatientDirectory directory;
    private final CurrentCaller caller;

    public PatientDirectoryResource(PatientDirectory directory, CurrentCaller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Admin: find patients by name and status (no clinical data), by name, paged")
    @APIResponse(responseCode = "200", description = "A page of patients")
    @APIResponse(responseCode = "400", description = "A malformed query, status, cursor or limit")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PatientSummaryPage search(
            @Parameter(description = "Part of the name, any case", example = "pat") @QueryParam("query") String query,
            @Parameter(
                            description = "Only patients in care or only discharged ones; default both",
                            example = "IN_CARE",
                            schema = @Schema(implementation = PatientSummary.Status.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "The 'next' of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "At most this many patients",
                            example = "50",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit) {
        String name = query == null || query.isBlank() ? null : query.strip();
        if (name != null && name.length() > 100) {
            throw new BadRequestException("query must be at most 100 characters.");
        }
        return directory.search(
                caller.get(),
                name,
                QueryParams.choice("status", status, PatientSummary.Status.class, null),
                cursor == null || cursor.isBlank() ? null : PatientDirectory.Cursor.decode(cursor),
                QueryParams.bounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }
}
