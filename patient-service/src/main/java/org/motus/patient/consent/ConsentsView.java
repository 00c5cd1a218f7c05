package org.motus.patient.consent;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's consents: where each kind stands, and every decision, newest first. */
public record ConsentsView(
        @Schema(description = "One entry per kind, TELEHEALTH first")
        List<ConsentStatus> consents,

        @Schema(description = "true while any kind needs a decision on its current version")
        boolean decisionNeeded,

        List<ConsentDecisionView> history) {}
