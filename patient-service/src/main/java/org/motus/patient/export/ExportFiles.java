package org.motus.patient.export;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The NDJSON parts of a job, in PostgreSQL ({@code bulk_export_file}, bytea), in the caller's transaction. */
final class ExportFiles {

    /** A part as the manifest lists it. */
    record Listed(int part, String type, int count) {}

    private ExportFiles() {}

    static void insert(UUID jobId, int part, ExportType type, PartBuffer.Part content) {
        Panache.getEntityManager()
                .createNativeQuery("insert into bulk_export_file (job_id, part, resource_type, resource_count, ndjson)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, jobId)
                .setParameter(2, part)
                .setParameter(3, type.fhirName())
                .setParameter(4, content.count())
                .setParameter(5, content.ndjson())
                .executeUpdate();
    }

    static void deleteAll(UUID jobId) {
        Panache.getEntityManager()
                .createNativeQuery("delete from bulk_export_file where job_id = ?1")
                .setParameter(1, jobId)
                .executeUpdate();
    }

    static List<Listed> list(UUID jobId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select part, resource_type, resource_count from bulk_export_file"
                        + " where job_id = ?1 order by part")
                .setParameter(1, jobId)
                .getResultList();
        return rows.stream()
                .map(row -> new Listed(((Number) row[0]).intValue(), (String) row[1], ((Number) row[2]).intValue()))
                .toList();
    }

    static Optional<byte[]> content(UUID jobId, int part) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = Panache.getEntityManager()
                .createNativeQuery("select ndjson from bulk_export_file where job_id = ?1 and part = ?2")
                .setParameter(1, jobId)
                .setParameter(2, part)
                .getResultList();
        return rows.stream().findFirst();
    }
}
