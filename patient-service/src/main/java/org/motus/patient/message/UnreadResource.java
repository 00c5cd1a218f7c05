package org.motus.patient.message;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;

@Path("/api/v1/messages/unread")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class UnreadResource {

    private final MessageService messages;
    private final CurrentCaller caller;

    public UnreadResource(MessageService messages, CurrentCaller caller) {
        this.messages = messages;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST})
    @Operation(
            summary = "The caller's unread message counts: their own thread, or each thread of their caseload",
            description = "Counts only, no content, so it is cheap to poll and not audited (reading a thread is).")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "403", description = "Only patients and therapists have threads")
    public UnreadMessages unread() {
        return messages.unread(caller.get());
    }
}
