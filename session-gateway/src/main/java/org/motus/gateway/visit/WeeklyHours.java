package org.motus.gateway.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A therapist's weekly hours for video visits, as they set them: windows of local time in one time zone. */
@Schema(name = "WeeklyHours")
public record WeeklyHours(
        @NotBlank
        @Size(max = 64)
        @Schema(description = "The IANA time zone the hours are in", examples = "Europe/Berlin")
        String timeZone,

        @NotNull @Size(max = 42) @Schema(description = "At most 42 windows; none means no visits are offered")
        List<@NotNull @Valid Window> windows) {

    static final String HH_MM = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    /** From {@code from} to {@code to} (24-hour "HH:mm", local time) every {@code day}. */
    @Schema(name = "HoursWindow")
    public record Window(
            @NotNull @Schema(examples = "MONDAY") DayOfWeek day,

            @NotNull @Pattern(regexp = HH_MM) @Schema(examples = "09:00")
            String from,

            @NotNull @Pattern(regexp = HH_MM) @Schema(examples = "12:30")
            String to) {}
}
