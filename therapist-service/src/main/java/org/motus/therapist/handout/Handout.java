package org.motus.therapist.handout;

import java.time.LocalDate;
import java.util.List;

/**
 * What a printed handout says, already in patient words: the plan's items, the patient's own pain
 * ceiling (clinical-rules.md §13), the heart-rate note (rule 14) and when to call the emergency number
 * (rule 16, with the number this deployment is configured for), and the language it is printed in.
 */
public record Handout(
        HandoutLanguage language,
        String planTitle,
        String patientName,
        int version,
        LocalDate publishedOn,
        String heartRateNote,
        int painCeiling,
        String emergencyNumber,
        List<Entry> entries) {

    public record Entry(
            int position,
            String section,
            String name,
            String pillar,
            String amount,
            String when,
            List<String> instructions,
            List<String> mistakes,
            List<String> contraindications,
            String notes) {}
}
