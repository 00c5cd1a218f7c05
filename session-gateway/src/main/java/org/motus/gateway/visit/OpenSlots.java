package org.motus.gateway.visit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The times a patient may ask for a visit, per therapist of their care team who set weekly hours. */
@Schema(name = "OpenSlots")
public record OpenSlots(
        @Schema(description = "How long each visit lasts") int visitLengthMinutes, List<TherapistSlots> therapists) {

    /** One therapist's free slots, soonest first. */
    @Schema(name = "TherapistSlots")
    public record TherapistSlots(
            @Schema(description = "Who to ask (RequestVisit.therapistSubject)")
            String therapistSubject,

            String therapistName,

            @Schema(description = "The therapist's time zone")
            String timeZone,

            @Schema(description = "Start instants (UTC) of the free slots")
            List<Instant> slots) {}
}
