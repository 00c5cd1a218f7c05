package org.motus.therapist.handout;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.dosage.ItemType;
import org.motus.therapist.plan.PlanViews.BpmRange;
import org.motus.therapist.routine.BreathCue;
import org.motus.therapist.routine.Schedule;
import org.motus.therapist.routine.Timer;

/**
 * A dosage in plain words for patients ("2 sets of 10 repetitions, rest 60 seconds"), in the
 * language of the words given. Pure.
 */
public final class DosageText {

    private DosageText() {}

    /** In English (the discharge summary, a clinical record in the clinic's language). */
    public static String amount(ItemType type, Dosage raw, BpmRange bpm) {
        return amount(type, raw, bpm, Timer.Breathing.STRETCHING, HandoutLanguage.ENGLISH);
    }

    /** The same, with the breathing pacer's words for this exercise ("pause" where it says not to hold the breath). */
    public static String amount(ItemType type, Dosage raw, BpmRange bpm, Timer.Breathing b, HandoutLanguage language) {
        Dosage d = raw.withDefaults();
        HandoutTexts words = language.texts();
        List<String> parts = new ArrayList<>();
        if (d.holdSeconds() != null) {
            parts.add(
                    d.sets() != null && d.sets() > 1
                            ? words.holdTimes(d.holdSeconds(), d.sets())
                            : words.hold(d.holdSeconds()));
        } else if (d.reps() != null) {
            parts.add(d.sets() != null ? words.setsOfRepetitions(d.sets(), d.reps()) : words.repetitions(d.reps()));
        }
        if (d.loadKg() != null) {
            parts.add(words.load(d.loadKg().stripTrailingZeros().toPlainString()));
        }
        if (d.durationMinutes() != null) {
            parts.add(parts.isEmpty() ? words.minutes(d.durationMinutes()) : words.inMinutes(d.durationMinutes()));
        }
        if (type == ItemType.AEROBIC && d.targetZoneLowPercent() != null) {
            parts.add(words.heartRateZone(d.targetZoneLowPercent(), d.targetZoneHighPercent())
                    + (bpm == null ? "" : " " + words.heartRateBpm(bpm.low(), bpm.high()))
                    + ": " + words.talkNotSing());
        }
        if (d.restSeconds() != null && d.restSeconds() > 0 && d.sets() != null && d.sets() > 1) {
            parts.add(words.restBetween(d.restSeconds()));
        }
        String text = String.join(", ", parts);
        if (type == ItemType.STRETCHING) {
            text += ". "
                    + (BreathCue.PAUSE.equals(b.holdLabel())
                            ? words.breatheWithPause(b.inhaleCounts(), b.holdCounts(), b.exhaleCounts())
                            : words.breatheWithHold(b.inhaleCounts(), b.holdCounts(), b.exhaleCounts()));
        }
        return text + ".";
    }

    /** In English (the discharge summary). */
    public static String when(Dosage raw) {
        return when(raw, HandoutLanguage.ENGLISH);
    }

    public static String when(Dosage raw, HandoutLanguage language) {
        Dosage d = raw.withDefaults();
        List<DayOfWeek> days = Schedule.days(d);
        HandoutTexts words = language.texts();
        String dayText = days.size() == 7
                ? words.everyDay()
                : days.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT, language.locale()))
                        .collect(Collectors.joining(", "));
        return words.perDay(dayText, d.sessionsPerDay());
    }
}
