package org.motus.patient.consent;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored decision. */
public record ConsentDecisionView(
        UUID id,
        ConsentKind kind,
        String textVersion,

        @Schema(description = "SHA-256 of the exact text decided on")
        String textSha256,

        ConsentDecisionKind decision,
        Instant decidedAt,

        @Schema(nullable = true, description = "The browser it came from (User-Agent)")
        String client) {

    static ConsentDecisionView of(ConsentDecision decision) {
        return new ConsentDecisionView(
                decision.id,
                decision.kind,
                decision.textVersion,
                decision.textSha256,
                decision.decision,
                decision.decidedAt,
                decision.client);
    }
}
