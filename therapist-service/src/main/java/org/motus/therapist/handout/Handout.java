package org.motus.therapist.handout;

import java.time.LocalDate;
import java.util.List;

/** What a printed handout says, already in patient words. */
public record Handout(String planTitle, String patientName, int version, LocalDate publishedOn, String heartRateNote,
                      List<Entry> entries) {

    public record Entry(int position, String section, String name, String pillar, String amount, String when,
                        List<String> instructions, List<String> mistakes, String notes) {
    }
}
