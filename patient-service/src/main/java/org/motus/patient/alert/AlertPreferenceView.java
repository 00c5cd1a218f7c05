package org.motus.patient.alert;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a therapist's daily digest of HIGH and ROUTINE alerts arrives (URGENT ones come at once). */
public record AlertPreferenceView(
        @Schema(description = "The hour of the day (0-23) in timeZone", example = "7") @NotNull @Min(0) @Max(23)
        Integer digestHour,

        @Schema(description = "An IANA time zone id", example = "Europe/Berlin") @NotBlank @Size(max = 64)
        String timeZone) {

    static AlertPreferenceView of(AlertPreference preference) {
        return new AlertPreferenceView(preference.digestHour, preference.timeZone);
    }
}
