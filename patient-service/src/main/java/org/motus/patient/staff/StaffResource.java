package org.motus.patient.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;

/** Admin: therapists' and admins' accounts (invite them with POST /api/v1/invitations). */
@Path("/api/v1/staff/{subject}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(
        name = "Staff accounts",
        description = "Admin: deactivate, reactivate and reset the access of therapists and admins")
public class StaffResource {

    static final String SUBJECT_PATTERN = "^[A-Za-z0-9._@:-]{1,255}$";

    private final StaffService staff;
    private final CurrentCaller caller;

    public StaffResource(StaffService staff, CurrentCaller caller) {
        this.staff = staff;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Admin: a therapist's or admin's account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No therapist or admin account with that subject")
    public AccountView get(
            @Parameter(example = Examples.STAFF_SUBJECT) @PathParam("subject") @Pattern(regexp = SUBJECT_PATTERN)
                    String subject) {
        return staff.get(caller.get(), subject);
    }

    @POST
    @Path("/deactivation")
    @Operation(summary = "Admin: deactivate the account; it cannot sign in and its sessions end")
    @APIResponse(responseCode = "200", description = "The deactivated account")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No therapist or admin account with that subject")
    @APIResponse(responseCode = "409", description = "Your own account")
    public AccountView deactivate(
            @Parameter(example = Examples.STAFF_SUBJECT) @PathParam("subject") @Pattern(regexp = SUBJECT_PATTERN)
                    String subject) {
        return staff.deactivate(caller.get(), subject);
    }

    @POST
    @Path("/reactivation")
    @Operation(summary = "Admin: reactivate a deactivated account")
    @APIResponse(responseCode = "200", description = "The account, enabled")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No therapist or admin account with that subject")
    public AccountView reactivate(
            @Parameter(example = Examples.STAFF_SUBJECT) @PathParam("subject") @Pattern(regexp = SUBJECT_PATTERN)
                    String subject) {
        return staff.reactivate(caller.get(), subject);
    }

    @POST
    @Path("/access-reset")
    @Operation(summary = "Admin: email the account a link to set a new password (valid as long as an invitation)")
    @APIResponse(responseCode = "200", description = "The email is on its way")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No therapist or admin account with that subject")
    @APIResponse(responseCode = "409", description = "The account is deactivated")
    public AccountView resetAccess(
            @Parameter(example = Examples.STAFF_SUBJECT) @PathParam("subject") @Pattern(regexp = SUBJECT_PATTERN)
                    String subject) {
        return staff.resetAccess(caller.get(), subject);
    }
}
