package org.motus.patient.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;
import org.motus.problem.search.NextLink;
import org.motus.problem.search.PageQuery;

@Path("/api/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Invitations",
        description = "Accounts created through Keycloak and the emails that invite their owners to set them up")
public class InvitationResource {

    /** Default and maximum page sizes (ADR 0044): each pending one on a page is checked against Keycloak. */
    static final int PAGE = 50;

    static final int MAX_PAGE = 200;

    private static final String PAGED = "Paged: " + PAGE + " rows by default, at most " + MAX_PAGE
            + "; a Link header with rel=\"next\" names the next page";

    private final InvitationService invitations;
    private final CurrentCaller caller;

    public InvitationResource(InvitationService invitations, CurrentCaller caller) {
        this.invitations = invitations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ADMIN, Caller.THERAPIST})
    @Operation(
            summary = "Admin: invite a patient, therapist or admin; therapist: invite a patient onto your caseload."
                    + " Creates the account (and a patient's record) and emails a link to set a password")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a patient", value = Examples.INVITATION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Invited: the email is on its way",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "403", description = "A therapist inviting staff, or neither admin nor therapist")
    @APIResponse(responseCode = "409", description = "An account with that email exists already")
    @APIResponse(responseCode = "503", description = "Keycloak could not be reached; nothing was created")
    public Response invite(@Valid @NotNull InvitationRequest request) {
        InvitationView created = invitations.invite(caller.get(), request);
        return Response.created(URI.create("/api/v1/invitations/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Caller.ADMIN, Caller.THERAPIST})
    @Operation(
            summary = "Admin: every invitation; therapist: those of patients on your caseload; newest first",
            description = PAGED)
    @APIResponse(responseCode = "200", description = "The invitations, each with its status")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "403", description = "Neither admin nor therapist")
    public RestResponse<List<InvitationView>> list(@BeanParam PageQuery page, @Context UriInfo request) {
        return NextLink.ok(invitations.list(caller.get(), page.page(PAGE, MAX_PAGE)), request);
    }

    @POST
    @Path("/{id}/resend")
    @RolesAllowed({Caller.PATIENT, Caller.ADMIN, Caller.THERAPIST})
    @Operation(
            summary =
                    "Send the invitation again with a new link and a new expiry (a patient's: the treating therapist or an admin; staff's: an admin)")
    @APIResponse(responseCode = "200", description = "Sent again")
    @APIResponse(responseCode = "403", description = "Not for your role")
    @APIResponse(responseCode = "404", description = "No such invitation within your reach")
    @APIResponse(responseCode = "409", description = "Accepted already, or the patient was discharged")
    public InvitationView resend(@Parameter(example = Examples.INVITATION_ID) @PathParam("id") UUID id) {
        return invitations.resend(caller.get(), id);
    }
}
