package org.motus.patient.export;

/** Where a bulk export job stands. A cancelled job is deleted with its files, so it has no status. */
public enum ExportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
