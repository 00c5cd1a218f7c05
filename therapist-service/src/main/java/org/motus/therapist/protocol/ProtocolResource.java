package org.motus.therapist.protocol;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.problem.NotFound;
import org.motus.therapist.access.Caller;
import org.motus.therapist.dosage.Condition;
import org.motus.therapist.errors.FieldProblems;
import org.motus.therapist.openapi.Examples;

@Path("/api/v1/protocols")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Condition protocols")
public class ProtocolResource {

    private final ClinicTemplates templates;
    private final Caller caller;

    public ProtocolResource(ClinicTemplates templates, Caller caller) {
        this.templates = templates;
        this.caller = caller;
    }

    @GET
    @Transactional
    @RolesAllowed({Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The condition protocols (starting templates), optionally for one condition")
    @APIResponse(responseCode = "200")
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "bad condition", value = Examples.PROBLEM_BAD_FILTER)))
    public List<ProtocolView> list(
            @Parameter(
                            description = "A condition (case does not matter)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "LOW_BACK",
                                                "NECK_SHOULDER",
                                                "KNEE_OA",
                                                "HIP_OA",
                                                "SCIATICA",
                                                "FIBROMYALGIA",
                                                "OTHER"
                                            }))
                    @QueryParam("condition")
                    String condition) {
        List<Protocol> protocols = Protocol.list("order by name");
        if (condition == null || condition.isBlank()) {
            return protocols.stream().map(ProtocolView::of).toList();
        }
        String wanted = condition.strip().toUpperCase(Locale.ROOT);
        if (Arrays.stream(Condition.values()).noneMatch(c -> c.name().equals(wanted))) {
            throw FieldProblems.invalid("condition", "must be one of " + Arrays.toString(Condition.values()));
        }
        return protocols.stream()
                .filter(p -> p.conditions.contains(wanted))
                .map(ProtocolView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "One condition protocol with its items and dosages")
    @APIResponse(responseCode = "200")
    public ProtocolView get(@PathParam("id") UUID id) {
        Protocol protocol = Protocol.findById(id);
        if (protocol == null) {
            throw new NotFound("No protocol " + id + ".");
        }
        return ProtocolView.of(protocol);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.THERAPIST)
    @Operation(summary = "Save a plan of a patient on your caseload as a template of the clinic's own (no notes)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "template", value = Examples.SAVE_TEMPLATE)))
    @APIResponse(
            responseCode = "201",
            description = "Saved: every therapist of the clinic can start plans from it",
            content =
                    @Content(
                            schema = @Schema(implementation = ProtocolView.class),
                            examples = @ExampleObject(name = "template", value = Examples.TEMPLATE)))
    @APIResponse(responseCode = "400", description = "No name, or a name or summary too long")
    @APIResponse(responseCode = "404", description = "No such plan within your reach")
    @APIResponse(responseCode = "409", description = "The plan has no exercises yet")
    public Response saveTemplate(@NotNull @Valid TemplateRequest request) {
        ProtocolView template = templates.save(caller, request);
        return Response.created(URI.create("/api/v1/protocols/" + template.id()))
                .entity(template)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Caller.THERAPIST)
    @Operation(summary = "Remove a template of the clinic's own (plans started from it keep their items)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such protocol or template")
    @APIResponse(responseCode = "409", description = "A built-in condition protocol, which cannot be removed")
    public void removeTemplate(@PathParam("id") UUID id) {
        templates.remove(id);
    }
}
