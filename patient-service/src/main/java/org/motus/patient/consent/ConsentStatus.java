package org.motus.patient.consent;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one kind of consent stands: the latest decision against the version in force. */
public record ConsentStatus(
        ConsentKind kind,

        @Schema(description = "The version of the text in force")
        String currentVersion,

        @Schema(nullable = true, description = "The latest decision, or null when the patient never decided")
        ConsentDecisionKind decision,

        @Schema(nullable = true) String decidedVersion,
        @Schema(nullable = true) Instant decidedAt,

        @Schema(description = "true when the latest decision is ACCEPTED on the version in force")
        boolean granted,

        @Schema(description = "true when the patient has not decided on the version in force (first sign-in asks)")
        boolean decisionNeeded) {}
