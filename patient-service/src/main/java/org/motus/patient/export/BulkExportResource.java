package org.motus.patient.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.problem.NotFound;
import org.motus.problem.fhir.Fhir;
import org.motus.problem.fhir.OperationOutcomes;
import org.motus.problem.fhir.PublicBase;

/**
 * FHIR Bulk Data export (Bulk Data Access IG v2) of the whole clinic: {@code GET /fhir/R4/$export}
 * and {@code /fhir/R4/Patient/$export} queue a job and answer 202 with its status URL; {@code
 * $export-status/{job}} answers 202 with progress while it runs, then the manifest; {@code
 * $export-file/{job}/{part}} one NDJSON file. "$" may arrive as is or as %24 (the path templates
 * accept both; the parameters are decoded). Thin: {@link ExportRequest} reads the parameters, {@link
 * BulkExports} decides and audits. Every role reaches it so a refusal is audited.
 */
@Path(Fhir.BASE_PATH)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN, Caller.FHIR_CLIENT})
public class BulkExportResource {

    static final String EXPORT = "{operation: (\\$|%24)export}";
    static final String STATUS = "{operation: (\\$|%24)export-status}";
    static final String FILE = "{operation: (\\$|%24)export-file}";
    static final String NDJSON = "application/fhir+ndjson";

    private final BulkExports exports;
    private final CurrentCaller caller;
    private final ExportConfig config;

    public BulkExportResource(BulkExports exports, CurrentCaller caller, ExportConfig config) {
        this.exports = exports;
        this.caller = caller;
        this.config = config;
    }

    /** The manifest of a complete export (the IG's "Response - Complete Status"). */
    public record Manifest(
            String transactionTime,
            String request,
            boolean requiresAccessToken,
            List<Output> output,
            List<Output> error) {}

    public record Output(String type, String url, int count) {}

    @GET
    @Path(EXPORT)
    public Response exportAll(
            @HeaderParam("Prefer") String prefer, @Context UriInfo uri, @Context HttpHeaders headers) {
        return kickOff("/$export", prefer, uri, headers);
    }

    @GET
    @Path("Patient/" + EXPORT)
    public Response exportPatients(
            @HeaderParam("Prefer") String prefer, @Context UriInfo uri, @Context HttpHeaders headers) {
        return kickOff("/Patient/$export", prefer, uri, headers);
    }

    private Response kickOff(String operation, String prefer, UriInfo uri, HttpHeaders headers) {
        Caller who = caller.get();
        exports.checkMayExport(who);
        ExportRequest request = ExportRequest.parse(uri.getQueryParameters(), prefer);
        String base = PublicBase.of(headers, uri);
        String query = uri.getRequestUri().getRawQuery();
        UUID job = exports.kickOff(who, request, base + operation + (query == null ? "" : "?" + query));
        return Response.accepted()
                .header("Content-Location", base + "/$export-status/" + job)
                .type(Fhir.JSON_UTF8)
                .entity(OperationOutcomes.information("Bulk export " + job + " is queued; poll its Content-Location."))
                .build();
    }

    @GET
    @Path(STATUS + "/{job}")
    public Response status(@PathParam("job") String job, @Context UriInfo uri, @Context HttpHeaders headers) {
        UUID id = jobId(job);
        BulkExports.Status status = exports.status(caller.get(), id);
        return switch (status.status()) {
            case QUEUED, RUNNING ->
                Response.accepted()
                        .header("X-Progress", progress(status))
                        .header("Retry-After", config.retryAfterSeconds())
                        .build();
            case FAILED ->
                Response.serverError()
                        .type(Fhir.JSON_UTF8)
                        .entity(OperationOutcomes.of(500, "The bulk export failed: " + status.error()))
                        .build();
            case COMPLETED -> {
                String base = PublicBase.of(headers, uri);
                List<Output> output = status.files().stream()
                        .map(file ->
                                new Output(file.type(), base + "/$export-file/" + id + "/" + file.part(), file.count()))
                        .toList();
                yield Response.ok(new Manifest(
                                status.transactionTime().toString(), status.request(), true, output, List.of()))
                        .type(MediaType.APPLICATION_JSON)
                        .build();
            }
        };
    }

    @DELETE
    @Path(STATUS + "/{job}")
    public Response cancel(@PathParam("job") String job) {
        exports.cancel(caller.get(), jobId(job));
        return Response.accepted().build();
    }

    @GET
    @Path(FILE + "/{job}/{part}")
    public Response file(@PathParam("job") String job, @PathParam("part") String part) {
        int number;
        try {
            number = Integer.parseInt(part);
        } catch (NumberFormatException e) {
            throw new NotFound("No file " + part + ".");
        }
        return Response.ok(exports.file(caller.get(), jobId(job), number))
                .type(NDJSON)
                .build();
    }

    /** What X-Progress says: "queued", or how far the writing is. */
    private static String progress(BulkExports.Status status) {
        if (status.status() == ExportStatus.QUEUED) {
            return "queued";
        }
        return status.progress() == null ? "running" : status.progress();
    }

    private static UUID jobId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("No bulk export " + id + ".");
        }
    }
}
