package org.motus.patient.export;

import java.time.Instant;

/**
 * Whether a worker may take a job: a queued one, or a running one whose lease ran out (the replica
 * writing it died or stalled) is taken and written again from the start; one that ran out of
 * attempts fails instead, so a job that kills its worker does not kill every replica in turn. Pure.
 */
final class Lease {

    enum Claim {
        TAKE,
        FAIL,
        LEAVE
    }

    private Lease() {}

    static Claim decide(ExportStatus status, Instant leaseUntil, int attempts, int maxAttempts, Instant now) {
        return switch (status) {
            case QUEUED -> attempts >= maxAttempts ? Claim.FAIL : Claim.TAKE;
            case RUNNING -> {
                if (leaseUntil != null && leaseUntil.isAfter(now)) {
                    yield Claim.LEAVE;
                }
                yield attempts >= maxAttempts ? Claim.FAIL : Claim.TAKE;
            }
            case COMPLETED, FAILED -> Claim.LEAVE;
        };
    }
}
