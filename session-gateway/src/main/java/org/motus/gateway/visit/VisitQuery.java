package org.motus.gateway.visit;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which of the caller's visits a search asks for; it never widens what the caller reaches (their own
 * visits as therapist or patient), only narrows it. Every part is optional.
 *
 * @param participants each narrows to visits with one of its patients or one of its therapists
 *                     (all of them must hold)
 * @param startFrom    scheduled start at or after this; null: no lower bound
 * @param startBefore  scheduled start before this; null: no upper bound
 * @param statuses     visits in one of these; null: any status, empty: none
 */
public record VisitQuery(
        List<Participants> participants, Instant startFrom, Instant startBefore, List<StatusFilter> statuses) {

    public static final VisitQuery ALL = new VisitQuery(List.of(), null, null, null);

    /** Visits whose patient is one of {@code patientIds} or whose therapist is one of {@code therapistSubjects}. */
    public record Participants(Set<UUID> patientIds, Set<String> therapistSubjects) {}

    /** A status; for ENDED, optionally whether the call was held (null: either way). */
    public record StatusFilter(VisitStatus status, Boolean callHeld) {}

    /** Where a page of results ended, in their order (scheduled start, then id): the next starts after it. */
    public record Key(Instant start, UUID id) {}

    /** One page of results, and the key the next page starts after (null on the last page). */
    public record Page(List<VisitSummary> visits, Key next) {}
}
