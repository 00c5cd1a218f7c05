package org.motus.patient.checkin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.PainScale;
import org.motus.patient.validation.Utf8MaxBytes;
import org.motus.patient.validation.WithinReportingWindow;

import java.time.Instant;
import java.util.UUID;

/** A pain check-in as the patient sends it. */
public record CheckInRequest(
        @NotNull CheckInKind kind,
        @Schema(description = "Pain 0-10 (NRS, LOINC 72514-3)", minimum = "0", maximum = "10")
        @NotNull @Min(PainScale.MIN) @Max(PainScale.MAX) Integer pain,
        @Schema(description = "Optional note, at most 4 KB") @Utf8MaxBytes(Utf8MaxBytes.NOTE) String note,
        @Schema(description = "The exercise session this reading belongs to; never for DAILY") UUID sessionId,
        @Schema(description = "When it happened, if not now (offline queue): not in the future, at most 7 days ago")
        @WithinReportingWindow Instant occurredAt) {

    @JsonIgnore
    @AssertTrue(message = "a DAILY check-in belongs to no session")
    public boolean isDailyWithoutSession() {
        return kind != CheckInKind.DAILY || sessionId == null;
    }
}
