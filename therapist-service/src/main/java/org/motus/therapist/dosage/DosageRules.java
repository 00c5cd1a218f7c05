package org.motus.therapist.dosage;

import static org.motus.therapist.dosage.Finding.Severity.CONTRAINDICATED;
import static org.motus.therapist.dosage.Finding.Severity.IMPOSSIBLE;
import static org.motus.therapist.dosage.Finding.Severity.WARNING;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Checks one item's dosage: impossible values (rejected), clinical contraindications (rejected)
 * and values outside clinical-rules.md's typical ranges (warnings shown to the therapist). A pure function
 * of its arguments: no database, no clock.
 */
public final class DosageRules {

    // Hard bounds: beyond these a value cannot be meant (the database checks the same bounds).
    public static final int MAX_SETS = 10;
    public static final int MAX_REPS = 100;
    public static final BigDecimal MAX_LOAD_KG = new BigDecimal("500");
    public static final int MAX_LOAD_DECIMALS = 2;
    public static final int MAX_HOLD_SECONDS = 600;
    public static final int MAX_DURATION_MINUTES = 300;
    public static final int MAX_SESSIONS_PER_DAY = 12;
    public static final int MAX_REST_SECONDS = 3600;

    // clinical-rules.md §21, STRETCHING: hold 30-60 s, 5-7 days per week.
    public static final int HOLD_MIN_SECONDS = 30;
    public static final int HOLD_MAX_SECONDS = 60;
    public static final int STRETCH_MIN_DAYS_PER_WEEK = 5;
    // clinical-rules.md §21, EXERCISE strength: 2-3 sets x 8-15 reps.
    public static final int STRENGTH_MIN_SETS = 2;
    public static final int STRENGTH_MAX_SETS = 3;
    public static final int STRENGTH_MIN_REPS = 8;
    public static final int STRENGTH_MAX_REPS = 15;
    // clinical-rules.md §21 and rule 6, EXERCISE aerobic: 65-75 % of max heart rate, >= 20 min.
    public static final int AEROBIC_ZONE_LOW_PERCENT = 65;
    public static final int AEROBIC_ZONE_HIGH_PERCENT = 75;
    public static final int AEROBIC_MIN_MINUTES_PER_DAY = 20;
    // clinical-rules.md §6 and 14: for fibromyalgia / chronic widespread pain, above 80 % of max HR is contraindicated,
    // and an aerobic item without a zone at or below it cannot be published.
    public static final int FIBROMYALGIA_CAP_PERCENT = 80;

    private DosageRules() {}

    /** All findings for one item's dosage; {@code field} paths are relative to the dosage object. */
    public static List<Finding> check(ItemType type, Dosage raw, PatientFacts patient) {
        List<Finding> findings = new ArrayList<>();
        if (raw == null) {
            findings.add(new Finding("", IMPOSSIBLE, "DOSAGE_MISSING", "an item needs a dosage"));
            return findings;
        }
        Dosage dosage = raw.withDefaults();
        impossibleValues(dosage, findings);
        requiredForType(type, dosage, findings);
        if (!findings.isEmpty()) {
            return findings; // only impossible values so far: ranges and caps are meaningless on them
        }
        switch (type) {
            case STRETCHING -> stretching(dosage, findings);
            case STRENGTH -> strength(dosage, findings);
            case AEROBIC -> aerobic(dosage, patient, findings);
            case RESTORATION -> {}
        }
        return findings;
    }

    /** Findings for several items, with paths like {@code items[0].dosage.holdSeconds}. */
    public static List<Finding> checkItems(List<ItemType> types, List<Dosage> dosages, PatientFacts patient) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < dosages.size(); i++) {
            String prefix = "items[" + i + "].dosage";
            for (Finding finding : check(types.get(i), dosages.get(i), patient)) {
                findings.add(finding.under(finding.field().isEmpty() ? prefix : prefix + "."));
            }
        }
        return findings;
    }

    private static void impossibleValues(Dosage d, List<Finding> out) {
        range("sets", d.sets(), 1, MAX_SETS, out);
        range("reps", d.reps(), 1, MAX_REPS, out);
        range("holdSeconds", d.holdSeconds(), 1, MAX_HOLD_SECONDS, out);
        range("durationMinutes", d.durationMinutes(), 1, MAX_DURATION_MINUTES, out);
        range("sessionsPerDay", d.sessionsPerDay(), 1, MAX_SESSIONS_PER_DAY, out);
        range("daysPerWeek", d.daysPerWeek(), 1, Dosage.DAYS_IN_WEEK, out);
        range("restSeconds", d.restSeconds(), 0, MAX_REST_SECONDS, out);
        range("targetZoneLowPercent", d.targetZoneLowPercent(), 1, 100, out);
        range("targetZoneHighPercent", d.targetZoneHighPercent(), 1, 100, out);
        if (d.loadKg() != null) {
            if (d.loadKg().signum() <= 0 || d.loadKg().compareTo(MAX_LOAD_KG) > 0) {
                out.add(impossible(
                        "loadKg",
                        "LOAD_IMPOSSIBLE",
                        "must be above 0 and at most " + MAX_LOAD_KG + " kg (leave it empty for body weight)"));
            } else if (d.loadKg().stripTrailingZeros().scale() > MAX_LOAD_DECIMALS) {
                out.add(impossible("loadKg", "LOAD_IMPOSSIBLE", "at most " + MAX_LOAD_DECIMALS + " decimals"));
            }
        }
        Integer low = d.targetZoneLowPercent();
        Integer high = d.targetZoneHighPercent();
        if ((low == null) != (high == null)) {
            out.add(impossible(
                    low == null ? "targetZoneLowPercent" : "targetZoneHighPercent",
                    "ZONE_INCOMPLETE",
                    "give both ends of the target zone, or neither"));
        } else if (low != null && low > high) {
            out.add(impossible("targetZoneLowPercent", "ZONE_INVERTED", "must not be above targetZoneHighPercent"));
        }
        if (d.weekdays() != null) {
            if (d.weekdays().stream().anyMatch(java.util.Objects::isNull)) {
                out.add(impossible("weekdays", "WEEKDAYS_INVALID", "name days like MONDAY"));
            } else if (new HashSet<DayOfWeek>(d.weekdays()).size()
                    != d.weekdays().size()) {
                out.add(impossible("weekdays", "WEEKDAYS_REPEATED", "each weekday at most once"));
            } else if (d.daysPerWeek() != null && d.weekdays().size() != d.daysPerWeek()) {
                out.add(impossible(
                        "weekdays",
                        "WEEKDAYS_MISMATCH",
                        "names " + d.weekdays().size() + " days but daysPerWeek is " + d.daysPerWeek()));
            }
        }
    }

    private static void requiredForType(ItemType type, Dosage d, List<Finding> out) {
        switch (type) {
            case STRETCHING -> {
                if (d.holdSeconds() == null) {
                    out.add(impossible("holdSeconds", "HOLD_MISSING", "a stretch needs a hold time"));
                }
            }
            case STRENGTH -> {
                if (d.sets() == null) {
                    out.add(impossible("sets", "SETS_MISSING", "strength work needs sets"));
                }
                if (d.reps() == null) {
                    out.add(impossible("reps", "REPS_MISSING", "strength work needs repetitions"));
                }
            }
            case AEROBIC -> {
                if (d.durationMinutes() == null) {
                    out.add(impossible(
                            "durationMinutes", "DURATION_MISSING", "aerobic work needs minutes per session"));
                }
            }
            case RESTORATION -> {
                if (d.reps() == null && d.holdSeconds() == null && d.durationMinutes() == null) {
                    out.add(impossible("reps", "AMOUNT_MISSING", "give repetitions, a hold time or minutes"));
                }
            }
        }
        if (type != ItemType.AEROBIC && d.targetZoneHighPercent() != null) {
            out.add(impossible(
                    "targetZoneHighPercent", "ZONE_NOT_AEROBIC", "a heart-rate zone applies to aerobic work only"));
        }
    }

    private static void stretching(Dosage d, List<Finding> out) {
        int hold = d.holdSeconds();
        if (hold < HOLD_MIN_SECONDS || hold > HOLD_MAX_SECONDS) {
            out.add(warning(
                    "holdSeconds",
                    "HOLD_OUT_OF_RANGE",
                    "static stretches are usually held " + HOLD_MIN_SECONDS + "-" + HOLD_MAX_SECONDS + " s; this is "
                            + hold + " s"));
        }
        if (d.daysPerWeek() < STRETCH_MIN_DAYS_PER_WEEK) {
            out.add(warning(
                    "daysPerWeek",
                    "STRETCH_FREQUENCY",
                    "stretching works best " + STRETCH_MIN_DAYS_PER_WEEK + "-7 days a week; this is "
                            + d.daysPerWeek()));
        }
    }

    private static void strength(Dosage d, List<Finding> out) {
        if (d.sets() < STRENGTH_MIN_SETS || d.sets() > STRENGTH_MAX_SETS) {
            out.add(warning(
                    "sets",
                    "SETS_OUT_OF_RANGE",
                    "strength work is usually " + STRENGTH_MIN_SETS + "-" + STRENGTH_MAX_SETS + " sets; this is "
                            + d.sets()));
        }
        if (d.reps() < STRENGTH_MIN_REPS || d.reps() > STRENGTH_MAX_REPS) {
            out.add(warning(
                    "reps",
                    "REPS_OUT_OF_RANGE",
                    "strength work is usually " + STRENGTH_MIN_REPS + "-" + STRENGTH_MAX_REPS + " repetitions; this is "
                            + d.reps()));
        }
    }

    private static void aerobic(Dosage d, PatientFacts patient, List<Finding> out) {
        Integer low = d.targetZoneLowPercent();
        Integer high = d.targetZoneHighPercent();
        if (high != null && patient != null && patient.hasFibromyalgia() && high > FIBROMYALGIA_CAP_PERCENT) {
            out.add(new Finding(
                    "targetZoneHighPercent",
                    CONTRAINDICATED,
                    "FIBROMYALGIA_INTENSITY_CAP",
                    "above " + FIBROMYALGIA_CAP_PERCENT
                            + " % of max heart rate is contraindicated for fibromyalgia / chronic widespread pain"));
        }
        if (low == null && patient != null && patient.hasFibromyalgia()) {
            // clinical-rules.md §14: an aerobic item for such a patient needs a zone at or below 80 %; a missing one
            // blocks too.
            out.add(new Finding(
                    "targetZoneHighPercent",
                    CONTRAINDICATED,
                    "FIBROMYALGIA_ZONE_REQUIRED",
                    "aerobic work for fibromyalgia / chronic widespread pain needs a target zone at or below "
                            + FIBROMYALGIA_CAP_PERCENT + " % of max heart rate"));
        } else if (low == null) {
            out.add(warning(
                    "targetZoneHighPercent",
                    "ZONE_MISSING",
                    "set a target zone (usually " + AEROBIC_ZONE_LOW_PERCENT + "-" + AEROBIC_ZONE_HIGH_PERCENT
                            + " % of max heart rate)"));
        } else if (low < AEROBIC_ZONE_LOW_PERCENT || high > AEROBIC_ZONE_HIGH_PERCENT) {
            out.add(warning(
                    low < AEROBIC_ZONE_LOW_PERCENT ? "targetZoneLowPercent" : "targetZoneHighPercent",
                    "ZONE_OUT_OF_RANGE",
                    "aerobic work usually targets " + AEROBIC_ZONE_LOW_PERCENT + "-" + AEROBIC_ZONE_HIGH_PERCENT
                            + " % of max heart rate; this is " + low + "-" + high + " %"));
        }
        int minutesPerDay = d.durationMinutes() * d.sessionsPerDay();
        if (minutesPerDay < AEROBIC_MIN_MINUTES_PER_DAY) {
            out.add(warning(
                    "durationMinutes",
                    "AEROBIC_SHORT",
                    "aerobic work usually adds up to at least " + AEROBIC_MIN_MINUTES_PER_DAY
                            + " minutes a day; this is " + minutesPerDay));
        }
    }

    private static void range(String field, Integer value, int min, int max, List<Finding> out) {
        if (value != null && (value < min || value > max)) {
            out.add(impossible(field, "OUT_OF_BOUNDS", "must be between " + min + " and " + max));
        }
    }

    private static Finding impossible(String field, String code, String message) {
        return new Finding(field, IMPOSSIBLE, code, message);
    }

    private static Finding warning(String field, String code, String message) {
        return new Finding(field, WARNING, code, message);
    }
}
