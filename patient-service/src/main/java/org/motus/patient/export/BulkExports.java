package org.motus.patient.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.motus.patient.access.AccessLog;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.problem.NotFound;

/**
 * The clinic-wide export (FHIR Bulk Data, docs/adr/0051): kick-off, status, cancel and download,
 * with the access decision ({@link ExportAccess}) and the audit rows. A job and its files are the
 * requester's alone: to anyone else they do not exist (404).
 */
@ApplicationScoped
public class BulkExports {

    private final Clock clock;
    private final AccessLog log;

    public BulkExports(Clock clock, AccessLog log) {
        this.clock = clock;
        this.log = log;
    }

    /** Where a job stands, for the status endpoint. */
    public record Status(
            ExportStatus status,
            String progress,
            java.time.Instant transactionTime,
            String request,
            String error,
            List<ExportFiles.Listed> files) {}

    /** Refuses (403, audited DENIED) anyone who may not export; the request is read after this. */
    public void checkMayExport(Caller caller) {
        if (!ExportAccess.mayExport(caller)) {
            log.denied(caller, Action.BULK_EXPORT, null, "a bulk export is for an admin");
            throw new ForbiddenException();
        }
    }

    /** Queues the export and audits the kick-off; answers the job's id. */
    public UUID kickOff(Caller caller, ExportRequest request, String requestUrl) {
        checkMayExport(caller);
        return QuarkusTransaction.requiringNew().call(() -> {
            ExportJob job = ExportJob.queued(caller, request, requestUrl, clock.instant());
            job.persist();
            log.succeeded(
                    caller,
                    Action.BULK_EXPORT,
                    null,
                    "kick-off of bulk export " + job.id + ": " + job.types
                            + (job.since == null ? "" : " since " + job.since));
            return job.id;
        });
    }

    public Status status(Caller caller, UUID jobId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ExportJob job = ownJob(caller, jobId);
            return new Status(
                    job.status,
                    job.progress,
                    job.requestedAt,
                    job.requestUrl,
                    job.error,
                    job.status == ExportStatus.COMPLETED ? ExportFiles.list(jobId) : List.of());
        });
    }

    /** Cancels a job (queued, running or finished) and deletes its files; a worker writing it stops. */
    public void cancel(Caller caller, UUID jobId) {
        QuarkusTransaction.requiringNew().run(() -> {
            ExportJob job = ownJob(caller, jobId);
            job.delete();
            log.succeeded(caller, Action.BULK_EXPORT, null, "cancelled bulk export " + jobId);
        });
    }

    /** One part's NDJSON, audited as a download. */
    public byte[] file(Caller caller, UUID jobId, int part) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ExportJob job = ownJob(caller, jobId);
            if (job.status != ExportStatus.COMPLETED) {
                throw new NotFound("No file " + part + " of bulk export " + jobId + " (yet).");
            }
            byte[] content = ExportFiles.content(jobId, part)
                    .orElseThrow(() -> new NotFound("No file " + part + " of bulk export " + jobId + "."));
            log.succeeded(caller, Action.DOWNLOAD_BULK_EXPORT, null, "bulk export " + jobId + " file " + part);
            return content;
        });
    }

    private static ExportJob ownJob(Caller caller, UUID jobId) {
        ExportJob job = ExportJob.findById(jobId);
        if (job == null || !ExportAccess.mayRead(caller, job.requesterSubject)) {
            throw new NotFound("No bulk export " + jobId + ".");
        }
        return job;
    }
}
