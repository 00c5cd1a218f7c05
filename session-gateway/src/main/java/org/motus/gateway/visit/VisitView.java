package org.motus.gateway.visit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit as its participants see it. */
@Schema(name = "Visit")
public record VisitView(
        UUID id,

        @Schema(description = "The therapist's display name")
        String therapistName,

        @Schema(description = "The therapist's Keycloak subject (OpenSlots names therapists by it)")
        String therapistSubject,

        @Schema(description = "patient-service's id of the patient")
        UUID patientId,

        String patientName,
        @Schema(description = "Scheduled start, UTC") Instant start,
        int durationMinutes,
        @Schema(description = "Scheduled end, UTC") Instant end,
        String reason,
        VisitStatus status,

        @Schema(
                description = "The caller's role in the visit",
                enumeration = {"therapist", "patient"})
        String yourRole,

        @Schema(description = "The waiting room opens 10 minutes before the start")
        Instant joinableFrom,

        @Schema(description = "Nobody can join after the scheduled end")
        Instant joinableUntil,

        @Schema(description = "Whether the caller can join the call now")
        boolean joinableNow,

        @Schema(description = "When it was cancelled; null unless CANCELLED", nullable = true)
        Instant cancelledAt,

        @Schema(
                description = "Who cancelled it; null unless CANCELLED",
                enumeration = {"therapist", "patient"},
                nullable = true)
        String cancelledBy,

        @Schema(description = "Why it was cancelled or declined; null unless CANCELLED", nullable = true)
        String cancelReason,

        @Schema(
                description = "'patient' when the patient asked for this visit; null when the therapist booked it",
                enumeration = {"patient"},
                nullable = true)
        String requestedBy,

        @Schema(
                description = "Who moved it last; null if it never moved",
                enumeration = {"therapist", "patient"},
                nullable = true)
        String movedBy,

        @Schema(description = "Why it moved last; null if it never moved", nullable = true)
        String moveReason) {

    static VisitView of(Visit visit, ParticipantRole role, Instant now) {
        return new VisitView(
                visit.id,
                visit.therapistName,
                visit.therapistSubject,
                visit.patientId,
                visit.patientName,
                visit.scheduledStart,
                visit.durationMinutes,
                visit.scheduledEnd(),
                visit.reason,
                visit.status,
                role.wireName(),
                VisitLifecycle.joinableFrom(visit.scheduledStart),
                visit.scheduledEnd(),
                VisitLifecycle.joinRefusal(visit.status, visit.scheduledStart, visit.durationMinutes, now)
                        .isEmpty(),
                visit.cancelledAt,
                visit.cancelledBy == null ? null : visit.cancelledBy.wireName(),
                visit.cancelReason,
                visit.requestedBy == null ? null : visit.requestedBy.wireName(),
                visit.movedBy == null ? null : visit.movedBy.wireName(),
                visit.moveReason);
    }
}
