package org.motus.patient.prom;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.prom.score.Instrument;
import org.motus.patient.validation.WithinReportingWindow;

/** A completed PROM as the patient sends it; the service scores it by the instrument's published rule. */
public record PromRequest(
        @NotNull Instrument instrument,

        @Schema(
                description =
                        "The items in order: PSFS 3-5 activities the patient names; PEG_3 pain, enjoyment, activity")
        @NotNull
        @Size(min = 1, max = 5)
        List<@Valid @NotNull PromItem> items,

        @Schema(
                nullable = true,
                description = "When it was answered, if not now: not in the future, at most 7 days ago")
        @WithinReportingWindow
        Instant answeredAt) {

    /** One item: its name (PSFS activity, PEG_3 code) and a rating 0-10; null = unanswered (refused, 422). */
    public record PromItem(
            @NotNull @Size(min = 1, max = 200) String item,

            @Schema(nullable = true, minimum = "0", maximum = "10") @Min(0) @Max(10)
            Integer value) {}
}
