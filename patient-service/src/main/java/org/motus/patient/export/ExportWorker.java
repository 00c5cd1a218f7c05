package org.motus.patient.export;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;
import org.motus.patient.access.AccessLog;
import org.motus.patient.access.Action;
import org.motus.problem.fhir.Fhir;

/**
 * Writes queued exports, on every replica: it claims one job at a time ({@code FOR UPDATE SKIP
 * LOCKED}, so two replicas never take the same one) with a lease it renews at each batch, reads each
 * type a page at a time and stores parts of at most {@code motus.export.part-size} resources, each in
 * a transaction that first renews the lease (a cancelled job, or one another replica took over, stops
 * here). A job whose lease ran out is claimed again and written from the start, its old parts
 * deleted. Finishing writes one audit row per patient whose data is in the files, in the
 * transaction that marks the job complete. It also deletes expired jobs with their files.
 */
@ApplicationScoped
public class ExportWorker {

    private static final Logger LOG = Logger.getLogger(ExportWorker.class);

    private final Clock clock;
    private final ExportConfig config;
    private final AccessLog log;
    private final Fhir fhir;
    private final String owner = "pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID();

    public ExportWorker(Clock clock, ExportConfig config, AccessLog log, Fhir fhir) {
        this.clock = clock;
        this.config = config;
        this.log = log;
        this.fhir = fhir;
    }

    @Scheduled(
            identity = "bulk-export",
            every = "${motus.export.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            expire();
            for (Optional<UUID> job = claim(); job.isPresent(); job = claim()) {
                write(job.get());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Bulk export worker: %s", e.toString());
        }
    }

    /** Deletes the jobs (and their files, by cascade) whose lifetime is over. */
    int expire() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> (int) ExportJob.delete("expiresAt <= ?1", now));
    }

    /** Takes the oldest job free to take, failing those that ran out of attempts on the way. */
    Optional<UUID> claim() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<ExportJob> free = Panache.getEntityManager()
                    .createNativeQuery("""
                            select * from bulk_export_job
                             where status = 'QUEUED' or (status = 'RUNNING' and lease_until < ?1)
                             order by requested_at, id
                             limit 10
                             for update skip locked""", ExportJob.class)
                    .setParameter(1, now)
                    .getResultList();
            for (ExportJob job : free) {
                switch (Lease.decide(job.status, job.leaseUntil, job.attempts, config.maxAttempts(), now)) {
                    case TAKE -> {
                        if (job.status == ExportStatus.RUNNING) {
                            LOG.infof("Bulk export %s: lease of %s ran out, writing it again", job.id, job.leaseOwner);
                        }
                        job.status = ExportStatus.RUNNING;
                        job.leaseOwner = owner;
                        job.leaseUntil = now.plus(config.lease());
                        job.attempts++;
                        job.progress = "started";
                        ExportFiles.deleteAll(job.id);
                        return Optional.of(job.id);
                    }
                    case FAIL -> failed(job, "its writing stopped " + job.attempts + " times", now);
                    case LEAVE -> {}
                }
            }
            return Optional.empty();
        });
    }

    private void failed(ExportJob job, String error, Instant now) {
        LOG.errorf("Bulk export %s failed: %s", job.id, error);
        job.status = ExportStatus.FAILED;
        job.error = error.length() > 1000 ? error.substring(0, 1000) : error;
        job.leaseOwner = null;
        job.leaseUntil = null;
        job.completedAt = now;
        job.expiresAt = now.plus(config.fileLifetime());
        ExportFiles.deleteAll(job.id);
    }

    /** Signals that the job is no longer this worker's: cancelled, or taken over after a stall. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(UUID job) {
            super("bulk export " + job + " is no longer this worker's", null, false, false);
        }
    }

    private void write(UUID jobId) {
        ExportJob job = QuarkusTransaction.requiringNew().call(() -> ExportJob.<ExportJob>findById(jobId));
        if (job == null) {
            return; // cancelled between its claim and now
        }
        Set<UUID> patients = new HashSet<>();
        int part = 0;
        try {
            for (ExportType type : job.typeList()) {
                PartBuffer buffer = new PartBuffer(config.partSize());
                long written = 0;
                for (ExportSources.Source source : ExportSources.of(type, job.since)) {
                    UUID after = null;
                    while (true) {
                        UUID from = after;
                        // Map and write JSON inside the read's transaction (lazy parts of entities).
                        Lines lines = QuarkusTransaction.requiringNew().call(() -> {
                            ExportSources.Batch batch = source.read(from, config.batchSize());
                            return new Lines(
                                    batch.resources().stream().map(this::json).toList(),
                                    batch.patients(),
                                    batch.last());
                        });
                        if (lines.last() == null) {
                            break;
                        }
                        patients.addAll(lines.patients());
                        for (String line : lines.json()) {
                            Optional<PartBuffer.Part> full = buffer.add(line);
                            if (full.isPresent()) {
                                written += full.get().count();
                                store(jobId, ++part, type, full.get(), progress(type, written));
                            }
                        }
                        renew(jobId, null);
                        after = lines.last();
                    }
                }
                Optional<PartBuffer.Part> rest = buffer.finish();
                if (rest.isPresent()) {
                    written += rest.get().count();
                    store(jobId, ++part, type, rest.get(), progress(type, written));
                }
            }
            complete(job, patients);
        } catch (LeaseLost lost) {
            LOG.infof("Bulk export %s: stopped (cancelled or taken over)", jobId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Bulk export %s failed while writing", jobId);
            Instant now = clock.instant();
            QuarkusTransaction.requiringNew().run(() -> {
                ExportJob current = ExportJob.findById(jobId);
                if (current != null && owner.equals(current.leaseOwner)) {
                    failed(current, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
                }
            });
        }
    }

    private record Lines(List<String> json, Set<UUID> patients, UUID last) {}

    private static String progress(ExportType type, long written) {
        return type.fhirName() + ": " + written + " resources written";
    }

    private String json(Resource resource) {
        return fhir.json().setPrettyPrint(false).encodeResourceToString(resource);
    }

    private void store(UUID jobId, int part, ExportType type, PartBuffer.Part content, String progress) {
        QuarkusTransaction.requiringNew().run(() -> {
            renew(jobId, progress);
            ExportFiles.insert(jobId, part, type, content);
        });
    }

    /** Renews the lease (and notes the progress); the job is gone or someone else's: {@link LeaseLost}. */
    private void renew(UUID jobId, String progress) {
        Instant now = clock.instant();
        Runnable update = () -> {
            String lease = "leaseUntil = ?1" + (progress == null ? "" : ", progress = ?5")
                    + " where id = ?2 and leaseOwner = ?3 and status = ?4";
            int renewed = progress == null
                    ? ExportJob.update(lease, now.plus(config.lease()), jobId, owner, ExportStatus.RUNNING)
                    : ExportJob.update(lease, now.plus(config.lease()), jobId, owner, ExportStatus.RUNNING, progress);
            if (renewed == 0) {
                throw new LeaseLost(jobId);
            }
        };
        if (QuarkusTransaction.isActive()) {
            update.run();
        } else {
            QuarkusTransaction.requiringNew().run(update);
        }
    }

    private void complete(ExportJob job, Set<UUID> patients) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            int done = ExportJob.update(
                    "status = ?1, completedAt = ?2, expiresAt = ?3, leaseOwner = null, leaseUntil = null,"
                            + " progress = 'complete' where id = ?4 and leaseOwner = ?5 and status = ?6",
                    ExportStatus.COMPLETED,
                    now,
                    now.plus(config.fileLifetime()),
                    job.id,
                    owner,
                    ExportStatus.RUNNING);
            if (done == 0) {
                throw new LeaseLost(job.id);
            }
            for (UUID patientId : patients) {
                log.succeeded(job.requester(), Action.BULK_EXPORT, patientId, "in the files of bulk export " + job.id);
            }
        });
        LOG.infof("Bulk export %s: complete, %d patients", job.id, patients.size());
    }
}
