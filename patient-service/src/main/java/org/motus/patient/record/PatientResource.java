package org.motus.patient.record;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;

@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Patients",
        description =
                "The patient record: the patient edits goals and contact, the treating therapist the clinical fields")
public class PatientResource {

    private final PatientService patients;
    private final CurrentCaller caller;

    public PatientResource(PatientService patients, CurrentCaller caller) {
        this.patients = patients;
        this.caller = caller;
    }

    @GET
    @Path("/me")
    @RolesAllowed(Caller.PATIENT)
    @Operation(summary = "The signed-in patient's own record, created on first sign-in")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "403", description = "Not a patient")
    public PatientView me() {
        return patients.ownRecord(caller());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(
            summary = "One patient's clinical record: yourself or a patient on your caseload",
            description =
                    "An admin who does not treat the patient gets 403: admins find patients in /api/v1/patients/directory, without clinical fields (ADR 0030).")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "403", description = "An admin who is not on the patient's care team")
    public PatientView byId(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return patients.record(caller(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ADMIN, Caller.THERAPIST})
    @Operation(
            summary = "Admin or therapist: create a record linked to a Keycloak user (a therapist joins its care team)",
            description = "Only a therapist may send clinical fields (they become the treating therapist); an admin who"
                    + " sends them gets 403 and nothing is written (ADR 0030).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new patient", value = Examples.NEW_PATIENT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; the answer holds no clinical fields (read the record as its therapist)",
            content = @Content(schema = @Schema(implementation = PatientSummary.class)))
    @APIResponse(responseCode = "403", description = "Not an admin or therapist, or an admin sending clinical fields")
    @APIResponse(responseCode = "409", description = "That account has a record already")
    @APIResponse(responseCode = "422", description = "The subject is not an existing patient account")
    public Response create(@Valid @NotNull NewPatient request) {
        PatientSummary created = patients.create(caller(), request);
        return Response.created(URI.create("/api/v1/patients/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/goals-and-contact")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The patient or the treating therapist: goals and contact details")
    @RequestBody(
            content =
                    @Content(examples = @ExampleObject(name = "goals and contact", value = Examples.GOALS_AND_CONTACT)))
    @APIResponse(responseCode = "200", description = "The updated record")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "403", description = "Only the patient or a treating therapist edits these")
    public PatientView editGoalsAndContact(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull GoalsAndContact request) {
        return patients.editGoalsAndContact(caller(), id, request);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/contact")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The patient or the treating therapist: contact details only (the goals stay as they are)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "contact", value = Examples.CONTACT)))
    @APIResponse(responseCode = "200", description = "The updated record")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "403", description = "Only the patient or a treating therapist edits these")
    public PatientView editContact(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull ContactPreferences request) {
        return patients.editContact(caller(), id, request);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/clinical")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The treating therapist: edit date of birth, conditions and baseline pain")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "clinical fields", value = Examples.CLINICAL)))
    @APIResponse(responseCode = "200", description = "The updated record")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "403", description = "Only the treating therapist edits these")
    public PatientView editClinical(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull ClinicalFields request) {
        return patients.editClinical(caller(), id, request);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/prescribed-frequency")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The treating therapist: sessions per week that weekly adherence compares against")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "five a week", value = Examples.PRESCRIBED_FREQUENCY)))
    @APIResponse(responseCode = "200", description = "The updated record")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "403", description = "Only the treating therapist sets it")
    public PatientView setPrescribedFrequency(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull PrescribedFrequency request) {
        return patients.setPrescribedFrequency(caller(), id, request);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/activity-ceiling")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The treating therapist: set the patient's activity ceiling (0-10) with a reason (rule 13)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ceiling 5", value = Examples.ACTIVITY_CEILING)))
    @APIResponse(responseCode = "200", description = "The updated record")
    @APIResponse(
            responseCode = "400",
            description = "Invalid input (ceiling outside 0-10, no reason, reason over 500 characters)")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "403", description = "Only the treating therapist sets it")
    public PatientView setActivityCeiling(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull ActivityCeilingRequest request) {
        return patients.setActivityCeiling(caller(), id, request);
    }

    @DELETE
    @Path("/{id}/activity-ceiling")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The treating therapist: return to the default ceiling of 3/10")
    @APIResponse(responseCode = "200", description = "The updated record")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "403", description = "Only the treating therapist sets it")
    public PatientView clearActivityCeiling(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return patients.clearActivityCeiling(caller(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/time-zone")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(
            summary =
                    "The patient or the treating therapist: the IANA time zone days and weeks are counted in (rule 18)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Berlin", value = Examples.TIME_ZONE)))
    @APIResponse(responseCode = "200", description = "The updated record")
    @APIResponse(responseCode = "400", description = "Not an IANA time zone")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "403", description = "Only the patient or a treating therapist sets it")
    public PatientView setTimeZone(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull TimeZoneRequest request) {
        return patients.setTimeZone(caller(), id, request);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/details")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "Admin: the name the record is shown by")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "details", value = Examples.PATIENT_DETAILS)))
    @APIResponse(responseCode = "200", description = "The record's administrative view (no clinical fields)")
    @APIResponse(responseCode = "403", description = "Only an admin edits these")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    public PatientSummary editDetails(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull PatientDetails request) {
        return patients.editDetails(caller(), id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/discharge")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(
            summary =
                    "The treating therapist or an admin: discharge; the record becomes read-only and leaves the active caseload")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "discharge", value = Examples.DISCHARGE)))
    @APIResponse(
            responseCode = "200",
            description = "The discharged record's administrative view (no clinical fields, whoever discharges)")
    @APIResponse(responseCode = "403", description = "Only the treating therapist or an admin discharges")
    @APIResponse(responseCode = "409", description = "Discharged already")
    public PatientSummary discharge(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull DischargeRequest request) {
        return patients.discharge(caller(), id, request);
    }

    @POST
    @Path("/{id}/reactivation")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The treating therapist or an admin: take a discharged patient back into care")
    @APIResponse(
            responseCode = "200",
            description = "The record's administrative view, in care again (no clinical fields, whoever reactivates)")
    @APIResponse(responseCode = "403", description = "Only the treating therapist or an admin reactivates")
    @APIResponse(responseCode = "409", description = "The patient is in care")
    public PatientSummary reactivate(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return patients.reactivate(caller(), id);
    }

    private Caller caller() {
        return caller.get();
    }
}
