package org.motus.patient.staff;

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
import org.motus.patient.account.Role;
import org.motus.patient.validation.QueryParams;

/** Admin: the staff list of the admin screens (therapists and admins, from Keycloak). */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Staff accounts")
public class StaffListResource {

    /** Query parameter roles a staff list may ask for (a patient is not staff). */
    public enum StaffRole {
        THERAPIST,
        ADMIN
    }

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private final StaffService staff;
    private final CurrentCaller caller;

    public StaffListResource(StaffService staff, CurrentCaller caller) {
        this.staff = staff;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Admin: therapists and admins, searched by name or email, by role and status, paged")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    @APIResponse(responseCode = "400", description = "A malformed query, role, status, cursor or limit")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public StaffPage list(
            @Parameter(description = "Part of the name or email, any case", example = "theo") @QueryParam("query")
                    String query,
            @Parameter(
                            description = "Only this role; default both",
                            example = "THERAPIST",
                            schema = @Schema(implementation = StaffRole.class))
                    @QueryParam("role")
                    String role,
            @Parameter(
                            description = "Only accounts in this state; default all",
                            example = "ACTIVE",
                            schema = @Schema(implementation = StaffStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "The 'next' of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "At most this many accounts",
                            example = "50",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit) {
        String text = query == null || query.isBlank() ? null : query.strip();
        if (text != null && text.length() > 100) {
            throw new BadRequestException("query must be at most 100 characters.");
        }
        StaffRole only = QueryParams.choice("role", role, StaffRole.class, null);
        return staff.list(
                caller.get(),
                text,
                only == null ? null : Role.valueOf(only.name()),
                QueryParams.choice("status", status, StaffStatus.class, null),
                cursor(cursor),
                QueryParams.bounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    private static int cursor(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(value.strip());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("cursor must be the 'next' of an earlier page.");
    }
}
