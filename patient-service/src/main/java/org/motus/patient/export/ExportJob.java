package org.motus.patient.export;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.motus.patient.access.Caller;

/** A clinic-wide export: who asked for what, where it stands, and which worker holds it until when. */
@Entity
@Table(name = "bulk_export_job")
public class ExportJob extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ExportStatus status;

    @Column(name = "requester_subject")
    public String requesterSubject;

    @Column(name = "requester_name")
    public String requesterName;

    @Column(name = "requester_roles")
    public String requesterRoles;

    @Column(name = "request_url")
    public String requestUrl;

    @Column(name = "output_format")
    public String outputFormat;

    public String types;

    public Instant since;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    public int attempts;

    public String progress;

    @Column(name = "completed_at")
    public Instant completedAt;

    public String error;

    @Column(name = "expires_at")
    public Instant expiresAt;

    static ExportJob queued(Caller caller, ExportRequest request, String requestUrl, Instant now) {
        ExportJob job = new ExportJob();
        job.id = UUID.randomUUID();
        job.status = ExportStatus.QUEUED;
        job.requesterSubject = caller.subject();
        job.requesterName = caller.displayName() == null ? "" : caller.displayName();
        job.requesterRoles = caller.rolesText();
        job.requestUrl = requestUrl;
        job.outputFormat = request.outputFormat();
        job.types =
                String.join(",", request.typesInOrder().stream().map(Enum::name).toList());
        job.since = request.since().orElse(null);
        job.requestedAt = now;
        return job;
    }

    /** The types to write, in order. */
    List<ExportType> typeList() {
        return Arrays.stream(types.split(",")).map(ExportType::valueOf).toList();
    }

    /** The requester as the audit trail names them (the rows the worker writes on their behalf). */
    Caller requester() {
        Set<String> roles = new TreeSet<>(Arrays.asList(requesterRoles.split(",")));
        roles.remove("");
        return new Caller(requesterSubject, requesterName, roles);
    }
}
