package org.motus.patient.careteam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;

@Path("/api/v1/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Care team")
public class CaseloadResource {

    private final CareTeamService careTeam;
    private final CurrentCaller caller;

    public CaseloadResource(CareTeamService careTeam, CurrentCaller caller) {
        this.careTeam = careTeam;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.THERAPIST)
    @Operation(
            summary =
                    "Therapist: your caseload, most severe open flag first (URGENT, HIGH, ROUTINE), then the oldest open flag, then name; each row says why")
    @APIResponse(responseCode = "200", description = "Your caseload")
    @APIResponse(responseCode = "403", description = "Not a therapist")
    public List<CaseloadEntry> caseload() {
        return careTeam.caseload(caller.get());
    }
}
