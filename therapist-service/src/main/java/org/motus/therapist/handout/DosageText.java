package org.motus.therapist.handout;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.dosage.ItemType;
import org.motus.therapist.plan.PlanViews.BpmRange;
import org.motus.therapist.routine.Schedule;
import org.motus.therapist.routine.Timer;

/** A dosage in plain words for patients ("2 sets of 10 repetitions, rest 60 seconds"). Pure. */
public final class DosageText {

    private DosageText() {}

    public static String amount(ItemType type, Dosage raw, BpmRange bpm) {
        return amount(type, raw, bpm, Timer.Breathing.STRETCHING);
    }

    /** The same, with the breathing pacer's words for this exercise ("pause" where it says not to hold the breath). */
    public static String amount(ItemType type, Dosage raw, BpmRange bpm, Timer.Breathing b) {
        Dosage d = raw.withDefaults();
        List<String> parts = new ArrayList<>();
        if (d.holdSeconds() != null) {
            parts.add("Hold " + d.holdSeconds() + " seconds"
                    + (d.sets() != null && d.sets() > 1 ? ", " + d.sets() + " times" : ""));
        } else if (d.reps() != null) {
            parts.add((d.sets() != null ? d.sets() + (d.sets() == 1 ? " set" : " sets") + " of " : "") + d.reps()
                    + " repetitions");
        }
        if (d.loadKg() != null) {
            parts.add("with " + d.loadKg().stripTrailingZeros().toPlainString() + " kg");
        }
        if (d.durationMinutes() != null) {
            parts.add((parts.isEmpty() ? "" : "in ")
                    + d.durationMinutes()
                    + (d.durationMinutes() == 1 ? " minute" : " minutes"));
        }
        if (type == ItemType.AEROBIC && d.targetZoneLowPercent() != null) {
            parts.add(
                    "at " + d.targetZoneLowPercent() + "-" + d.targetZoneHighPercent() + " % of your maximum heart rate"
                            + (bpm == null ? "" : " (about " + bpm.low() + "-" + bpm.high() + " beats per minute)")
                            + ": you can talk, but not sing");
        }
        if (d.restSeconds() != null && d.restSeconds() > 0 && d.sets() != null && d.sets() > 1) {
            parts.add("rest " + d.restSeconds() + " seconds between");
        }
        String text = String.join(", ", parts);
        if (type == ItemType.STRETCHING) {
            text += ". Hold still, no bouncing; breathe in " + b.inhaleCounts() + ", " + b.holdLabel() + " "
                    + b.holdCounts() + ", out " + b.exhaleCounts();
        }
        return text + ".";
    }

    public static String when(Dosage raw) {
        Dosage d = raw.withDefaults();
        List<DayOfWeek> days = Schedule.days(d);
        String dayText = days.size() == 7
                ? "Every day"
                : days.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                        .collect(Collectors.joining(", "));
        String perDay =
                d.sessionsPerDay() == 1 ? "once" : d.sessionsPerDay() == 2 ? "twice" : d.sessionsPerDay() + " times";
        return dayText + ", " + perDay + " a day.";
    }
}
