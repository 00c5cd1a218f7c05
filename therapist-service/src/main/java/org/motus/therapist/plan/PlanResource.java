package org.motus.therapist.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.motus.therapist.access.Caller;
import org.motus.therapist.errors.FieldProblems;
import org.motus.therapist.openapi.Examples;
import org.motus.therapist.plan.PlanViews.PlanView;
import org.motus.therapist.plan.PlanViews.VersionView;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@APIResponse(
        responseCode = "503",
        description = "patient-service (who treats whom, the patient's facts) cannot be reached or failed; try again")
public class PlanResource {

    private static final String PROBLEM = "application/problem+json";

    private final PlanService plans;
    private final Caller caller;
    private final ObjectMapper json;

    public PlanResource(PlanService plans, Caller caller, ObjectMapper json) {
        this.plans = plans;
        this.caller = caller;
        this.json = json;
    }

    // ---- the patient's own plan -------------------------------------------------------------

    @GET
    @Path("/mine/active")
    @RolesAllowed(Caller.PATIENT)
    @Operation(summary = "The signed-in patient's active plan version")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "No plan published yet")
    public VersionView mineActive() {
        return plans.mineActive(caller);
    }

    @GET
    @Path("/mine/history")
    @RolesAllowed(Caller.PATIENT)
    @Operation(summary = "The signed-in patient's plan with its published versions (read one with /{id}/versions/{n})")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404")
    public PlanView mineHistory() {
        return plans.mineHistory(caller);
    }

    // ---- therapists author ------------------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.THERAPIST)
    @Operation(
            summary =
                    "Create the plan of a patient on your caseload (draft version 1): blank, from a protocol or clinic"
                            + " template, or from a copy of another patient's plan")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "from protocol", value = Examples.CREATE_PLAN),
                                @ExampleObject(name = "copy of a plan", value = Examples.COPY_PLAN)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created: the plan's first draft version; Location names the plan",
            content =
                    @Content(
                            schema = @Schema(implementation = VersionView.class),
                            examples = @ExampleObject(name = "draft", value = Examples.PLAN_VERSION_DRAFT)))
    @APIResponse(
            responseCode = "404",
            description = "Not a patient on your caseload, or a plan to copy out of your reach")
    @APIResponse(
            responseCode = "409",
            description = "The patient has a plan already",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "exists", value = Examples.PROBLEM_CONFLICT_PLAN)))
    @APIResponse(
            responseCode = "422",
            description = "The protocol's dosage is contraindicated for this patient",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "cap", value = Examples.PROBLEM_CAP)))
    public Response create(@NotNull @Valid PlanRequests.Create request) {
        VersionView draft = plans.create(caller, request);
        return Response.created(URI.create("/api/v1/plans/" + draft.planId()))
                .entity(draft)
                .build();
    }

    @GET
    @RolesAllowed(Caller.THERAPIST)
    @Operation(summary = "The plans of a patient on your caseload (at most one)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PlanView.class),
                            examples = @ExampleObject(name = "plans", value = "[" + Examples.PLAN_THERAPIST + "]")))
    @APIResponse(responseCode = "404")
    public List<PlanView> forPatient(
            @Parameter(
                            description = "patient-service's patient id",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("patientId")
                    String patientId) {
        return plans.plansFor(caller, uuid("patientId", patientId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST})
    @Operation(summary = "A plan and its versions (patients see published versions only)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN_THERAPIST)))
    public PlanView plan(@PathParam("id") UUID id) {
        return plans.plan(caller, id);
    }

    @GET
    @Path("/{id}/draft")
    @RolesAllowed(Caller.THERAPIST)
    @Operation(summary = "The version being edited, with dosage warnings")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = VersionView.class),
                            examples = @ExampleObject(name = "draft", value = Examples.PLAN_VERSION_DRAFT)))
    public VersionView draft(@PathParam("id") UUID id) {
        return plans.draft(caller, id);
    }

    @PUT
    @Path("/{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.THERAPIST)
    @Operation(
            summary = "Replace the draft's items and dosages (starts the next version's draft after a publish)",
            description =
                    "Impossible values answer 400 and contraindicated ones 422, listing every field; nothing is stored then. "
                            + "Values outside clinical-rules.md's usual ranges are stored and come back as warnings.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "items", value = Examples.DRAFT)))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = VersionView.class),
                            examples =
                                    @ExampleObject(name = "draft with a warning", value = Examples.PLAN_VERSION_DRAFT)))
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "impossible", value = Examples.PROBLEM_IMPOSSIBLE)))
    @APIResponse(
            responseCode = "422",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "fibromyalgia cap", value = Examples.PROBLEM_CAP)))
    public VersionView saveDraft(@PathParam("id") UUID id, @NotNull @Valid PlanRequests.Draft draft) {
        return plans.saveDraft(caller, id, draft);
    }

    @DELETE
    @Path("/{id}/draft")
    @RolesAllowed(Caller.THERAPIST)
    @Operation(summary = "Discard the draft; published versions stay")
    @APIResponse(responseCode = "204", description = "Discarded")
    public void discardDraft(@PathParam("id") UUID id) {
        plans.discardDraft(caller, id);
    }

    @POST
    @Path("/{id}/draft/publish")
    @RolesAllowed(Caller.THERAPIST)
    @Operation(
            summary = "Publish the draft as the next immutable version; the patient sees it from now on",
            description =
                    "The body is optional: {\"loadIncreaseReasons\": {\"items[i]\": \"reason\"}} gives a reason (1-500 characters) for each "
                            + "strength load more than 10 % above the previous published version (clinical-rules.md §15; the draft's "
                            + "LOAD_INCREASE_NEEDS_REASON warnings name them). The reasons are kept with the published version.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublishRequest.class),
                            examples = @ExampleObject(name = "with a reason", value = Examples.PUBLISH_WITH_REASON)))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = VersionView.class),
                            examples = @ExampleObject(name = "published", value = Examples.PLAN_VERSION_PUBLISHED)))
    @APIResponse(
            responseCode = "400",
            description = "A malformed body, an unknown item key, a blank or overlong reason",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "bad reasons", value = Examples.PROBLEM_BAD_REASONS)))
    @APIResponse(
            responseCode = "409",
            description = "No draft, or an empty one",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "no draft", value = Examples.PROBLEM_CONFLICT_NO_DRAFT)))
    @APIResponse(
            responseCode = "422",
            description = "The patient's conditions now forbid a dosage, or a load rise lacks its reason",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = {
                                @ExampleObject(name = "cap", value = Examples.PROBLEM_CAP),
                                @ExampleObject(
                                        name = "load rise without a reason",
                                        value = Examples.PROBLEM_LOAD_REASON)
                            }))
    public VersionView publish(@PathParam("id") UUID id, byte[] body) {
        return plans.publish(caller, id, publishRequest(body));
    }

    /** The optional body, read here so a publish without one (and without a Content-Type) stays valid. */
    private PublishRequest publishRequest(byte[] body) {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try {
            // strict here: a misspelt field must not read as "no reasons"
            return json.readerFor(PublishRequest.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
        } catch (IOException e) {
            throw FieldProblems.invalid(
                    "loadIncreaseReasons",
                    "send {\"loadIncreaseReasons\": {\"items[i]\": \"reason\"}} with text reasons");
        }
    }

    // ---- both read --------------------------------------------------------------------------

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST})
    @Operation(summary = "The version history (patients: published versions only)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PlanViews.VersionSummary.class),
                            examples = @ExampleObject(name = "history", value = Examples.VERSIONS)))
    public List<PlanViews.VersionSummary> versions(@PathParam("id") UUID id) {
        return plans.plan(caller, id).versions();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST})
    @Operation(summary = "One version as it was published (or the draft, for therapists)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = VersionView.class),
                            examples = @ExampleObject(name = "version", value = Examples.PLAN_VERSION_PUBLISHED)))
    public VersionView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return plans.version(caller, id, version);
    }

    @GET
    @Path("/{id}/active")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST})
    @Operation(summary = "The active (latest published) version")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = VersionView.class),
                            examples = @ExampleObject(name = "active", value = Examples.PLAN_VERSION_PUBLISHED)))
    public VersionView active(@PathParam("id") UUID id) {
        return plans.active(caller, id);
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            throw FieldProblems.invalid(field, "is required");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw FieldProblems.invalid(field, "must be a UUID");
        }
    }
}
