package org.motus.patient.checkin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.PainScale;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.validation.Utf8MaxBytes;
import org.motus.patient.validation.WithinReportingWindow;

/** A pain check-in as the patient sends it. */
public record CheckInRequest(
        @NotNull CheckInKind kind,

        @Schema(description = "Pain 0-10 (NRS, LOINC 72514-3)", minimum = "0", maximum = "10")
        @NotNull
        @Min(PainScale.MIN)
        @Max(PainScale.MAX)
        Integer pain,

        @Schema(nullable = true, description = "Optional note, at most 1,000 characters; screened for red flags")
        @Size(max = 1000)
        @Utf8MaxBytes(Utf8MaxBytes.NOTE)
        String note,

        @Schema(
                nullable = true,
                description = "The exercise session this reading belongs to; required for FOLLOW_UP, never for DAILY")
        UUID sessionId,

        @Schema(
                nullable = true,
                description = "When it happened, if not now (offline queue): not in the future, at most 7 days ago")
        @WithinReportingWindow
        Instant occurredAt,

        @Schema(
                nullable = true,
                description = "Red-flag codes answered yes (rule 16); [] = screened, all no; absent = not screened")
        @Size(max = 7)
        List<@NotNull RedFlag> redFlags) {

    @JsonIgnore
    @AssertTrue(message = "a DAILY check-in belongs to no session")
    public boolean isDailyWithoutSession() {
        return kind != CheckInKind.DAILY || sessionId == null;
    }

    @JsonIgnore
    @AssertTrue(message = "a FOLLOW_UP check-in names its session")
    public boolean isFollowUpWithSession() {
        return kind != CheckInKind.FOLLOW_UP || sessionId != null;
    }

    @JsonIgnore
    @AssertTrue(message = "redFlags must not repeat a code")
    public boolean isRedFlagsDistinct() {
        return redFlags == null || redFlags.stream().distinct().count() == redFlags.size();
    }
}
