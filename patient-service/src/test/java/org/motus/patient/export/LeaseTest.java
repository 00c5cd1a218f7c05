package org.motus.patient.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.export.Lease.Claim.FAIL;
import static org.motus.patient.export.Lease.Claim.LEAVE;
import static org.motus.patient.export.Lease.Claim.TAKE;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeaseTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aQueuedJobIsTaken() {
        assertEquals(TAKE, Lease.decide(ExportStatus.QUEUED, null, 0, 3, NOW));
    }

    @Test
    void aRunningJobWhoseLeaseHoldsIsLeftToItsWorker() {
        assertEquals(LEAVE, Lease.decide(ExportStatus.RUNNING, NOW.plusSeconds(1), 1, 3, NOW));
    }

    @Test
    void aRunningJobWhoseLeaseRanOutIsTakenAgain() {
        assertEquals(TAKE, Lease.decide(ExportStatus.RUNNING, NOW, 1, 3, NOW));
        assertEquals(TAKE, Lease.decide(ExportStatus.RUNNING, NOW.minusSeconds(1), 2, 3, NOW));
        assertEquals(TAKE, Lease.decide(ExportStatus.RUNNING, null, 1, 3, NOW));
    }

    @Test
    void aJobThatKeepsStoppingItsWorkersFailsInsteadOfBeingTakenAgain() {
        assertEquals(FAIL, Lease.decide(ExportStatus.RUNNING, NOW.minusSeconds(1), 3, 3, NOW));
        assertEquals(FAIL, Lease.decide(ExportStatus.QUEUED, null, 3, 3, NOW));
    }

    @Test
    void finishedJobsAreNeverTaken() {
        assertEquals(LEAVE, Lease.decide(ExportStatus.COMPLETED, null, 1, 3, NOW));
        assertEquals(LEAVE, Lease.decide(ExportStatus.FAILED, NOW.minusSeconds(60), 3, 3, NOW));
    }
}
