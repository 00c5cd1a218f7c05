package org.motus.patient.exerciselog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
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

/**
 * A session the patient did, with the pain readings around it (clinical-rules.md §2). The pain before
 * is required: it is the baseline of the two-hour rule (rule 3). The follow-up about two hours later
 * arrives as a FOLLOW_UP check-in linked to the session.
 */
// The wire (OpenAPI) name stays "SessionRequest": the web and the recorded consumer contracts use it.
@Schema(name = "SessionRequest")
public record ExerciseLogRequest(
        @Schema(nullable = true, description = "Plan id from therapist-service; with planVersion or not at all")
        UUID planId,

        @Schema(nullable = true) @Min(1) Integer planVersion,
        @NotNull @WithinReportingWindow Instant startedAt,
        @NotNull @WithinReportingWindow Instant endedAt,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid ExerciseLogItemRequest> items,
        @Schema(nullable = true) @Min(30) @Max(250) Integer averageHeartRateBpm,
        @Schema(nullable = true) @Min(30) @Max(250) Integer peakHeartRateBpm,
        @NotNull @Min(PainScale.MIN) @Max(PainScale.MAX) Integer painBefore,

        @Schema(nullable = true) @Min(PainScale.MIN) @Max(PainScale.MAX)
        Integer painDuringPeak,

        @Schema(nullable = true) @Min(PainScale.MIN) @Max(PainScale.MAX)
        Integer painAfter,

        @Schema(nullable = true, description = "Optional note, at most 1,000 characters; screened for red flags")
        @Size(max = 1000)
        @Utf8MaxBytes(Utf8MaxBytes.NOTE)
        String note,

        @Schema(
                nullable = true,
                description = "Red-flag codes answered yes (rule 16); [] = screened, all no; absent = not screened")
        @Size(max = 7)
        List<@NotNull RedFlag> redFlags) {

    @JsonIgnore
    @AssertTrue(message = "redFlags must not repeat a code")
    public boolean isRedFlagsDistinct() {
        return redFlags == null || redFlags.stream().distinct().count() == redFlags.size();
    }

    @JsonIgnore
    @AssertTrue(message = "endedAt must not be before startedAt")
    public boolean isInOrder() {
        return startedAt == null || endedAt == null || !endedAt.isBefore(startedAt);
    }

    @JsonIgnore
    @AssertTrue(message = "planId and planVersion come together")
    public boolean isPlanComplete() {
        return (planId == null) == (planVersion == null);
    }

    @JsonIgnore
    @AssertTrue(message = "peakHeartRateBpm must not be below averageHeartRateBpm")
    public boolean isHeartRatePlausible() {
        return averageHeartRateBpm == null || peakHeartRateBpm == null || peakHeartRateBpm >= averageHeartRateBpm;
    }
}
