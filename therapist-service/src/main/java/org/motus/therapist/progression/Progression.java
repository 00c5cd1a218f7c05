package org.motus.therapist.progression;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.motus.therapist.dosage.Dosage;

/**
 * The weekly progression rule for one plan item (clinical-rules.md §5, 12, 14 and 15). Only the
 * sessions of last week that included the item count. The load may rise 5-10 % only when
 * <ul>
 *   <li>at least half of the item's prescribed sessions that week were done (rule 15),</li>
 *   <li>every one of them met the two-hour rule and the patient's ceiling, as patient-service
 *       judged them (rules 3, 12, 13): a late or missing follow-up never counts as met,</li>
 *   <li>and no session that week went above the heart-rate cap (rule 14).</li>
 * </ul>
 * A session with the item that broke the two-hour rule or the ceiling means it was too much:
 * step the load back (intensity, never frequency, rule 3). Anything else holds. Pure.
 */
public final class Progression {

    public enum Outcome {
        INCREASE,
        HOLD,
        STEP_BACK
    }

    /** clinical-rules.md §5: +5 to +10 % load per week. */
    public static final BigDecimal MIN_INCREASE_PERCENT = new BigDecimal("5");

    public static final BigDecimal MAX_INCREASE_PERCENT = new BigDecimal("10");
    /** How far to step back after a session that was too much (Motus's choice, mirroring the largest weekly rise). */
    public static final BigDecimal STEP_BACK_PERCENT = new BigDecimal("10");

    // patient-service's verdict names (issue 12). Anything else reads as "not confirmed".
    static final String BACK_TO_BASELINE = "BACK_TO_BASELINE";
    static final String NOT_BACK = "NOT_BACK";
    static final String WITHIN = "WITHIN";
    static final String ABOVE = "ABOVE";
    static final String ABOVE_CAP = "ABOVE_CAP";

    private Progression() {}

    /** The plan item being judged: its ids (to find the sessions that included it) and its prescribed sessions per week. */
    public record Item(UUID planItemId, UUID exerciseId, int prescribedSessions) {}

    /**
     * One logged session as the rule needs it: which plan items and exercises it included,
     * patient-service's verdicts (two-hour rule, ceiling, heart rate) and the pain scores.
     */
    public record Session(
            Set<UUID> planItemIds,
            Set<UUID> exerciseIds,
            String twoHourRule,
            String ceiling,
            String heartRate,
            Integer painBefore,
            Integer painDuringPeak,
            Integer painAfter) {
        public Session {
            planItemIds = planItemIds == null ? Set.of() : Set.copyOf(planItemIds);
            exerciseIds = exerciseIds == null ? Set.of() : Set.copyOf(exerciseIds);
        }
    }

    /**
     * What the verdict rests on. {@code sessions} counts the sessions that included the item,
     * {@code prescribed} the sessions the plan asked for that week; {@code heartRateAboveCap}
     * counts every session of the week above the cap, with or without the item.
     */
    public record Counts(
            int sessions,
            int prescribed,
            int metBoth,
            int notBackWithinTwoHours,
            int aboveCeiling,
            int unconfirmed,
            int heartRateAboveCap) {}

    public record Verdict(Outcome outcome, BigDecimal percent, String reason, Counts counts) {}

    /** Sessions a week the dosage prescribes: days per week (or the chosen weekdays) x sessions per day. */
    public static int prescribedPerWeek(Dosage dosage) {
        Dosage d = dosage.withDefaults();
        return d.daysPerWeek() * d.sessionsPerDay();
    }

    /** A session included the item when it names the plan item, or the item's exercise (a session logged against an older version). */
    public static boolean includes(Session session, Item item) {
        return session.planItemIds().contains(item.planItemId())
                || session.exerciseIds().contains(item.exerciseId());
    }

    public static Verdict suggest(Item item, List<Session> week) {
        List<Session> withItem = week.stream().filter(s -> includes(s, item)).toList();
        int capSessions =
                (int) week.stream().filter(s -> ABOVE_CAP.equals(s.heartRate())).count();
        Counts counts = counts(withItem, item.prescribedSessions(), capSessions);
        int done = withItem.size();
        String capText = capSessions + " session(s) last week went above the heart-rate cap set for the patient";
        if (counts.notBackWithinTwoHours() > 0 || counts.aboveCeiling() > 0) {
            StringBuilder why = new StringBuilder();
            if (counts.notBackWithinTwoHours() > 0) {
                why.append(counts.notBackWithinTwoHours())
                        .append(" of ")
                        .append(done)
                        .append(" session(s) with this item left pain above the pre-session level 2 hours later");
            }
            if (counts.aboveCeiling() > 0) {
                why.append(why.isEmpty() ? "" : "; ")
                        .append(counts.aboveCeiling())
                        .append(" of ")
                        .append(done)
                        .append(
                                " session(s) with this item went above the patient's pain ceiling during or right after activity");
            }
            if (capSessions > 0) {
                why.append("; ").append(capText);
            }
            why.append(". Step the load back by ")
                    .append(STEP_BACK_PERCENT)
                    .append(" %: reduce intensity, not how often (clinical-rules.md §3-5).");
            return new Verdict(Outcome.STEP_BACK, STEP_BACK_PERCENT, why.toString(), counts);
        }
        if (capSessions > 0) {
            return new Verdict(
                    Outcome.HOLD,
                    BigDecimal.ZERO,
                    capText + ": hold the load this week (clinical-rules.md §14).",
                    counts);
        }
        if (done == 0) {
            return new Verdict(
                    Outcome.HOLD,
                    BigDecimal.ZERO,
                    "No sessions with this item were logged last week: hold the load until there is evidence it is tolerated.",
                    counts);
        }
        if (2 * done < item.prescribedSessions()) {
            return new Verdict(
                    Outcome.HOLD,
                    BigDecimal.ZERO,
                    "Only " + done + " of the " + item.prescribedSessions()
                            + " prescribed session(s) with this item were done last week; progression needs at least half: hold the load"
                            + " (clinical-rules.md §15).",
                    counts);
        }
        if (counts.unconfirmed() > 0) {
            return new Verdict(
                    Outcome.HOLD,
                    BigDecimal.ZERO,
                    counts.unconfirmed() + " of " + done
                            + " session(s) with this item lack an on-time 2-hour follow-up (missing or late) or the pain ceiling check:"
                            + " hold the load until every session confirms it.",
                    counts);
        }
        boolean anyRise = withItem.stream().anyMatch(Progression::painRose);
        BigDecimal percent = anyRise ? MIN_INCREASE_PERCENT : MAX_INCREASE_PERCENT;
        return new Verdict(
                Outcome.INCREASE,
                percent,
                "All " + done
                        + " session(s) with this item last week were back to baseline within 2 hours and stayed within the pain ceiling: raise the load by "
                        + percent + " %"
                        + (anyRise
                                ? " (pain rose a little during some sessions, so the smaller step)."
                                : " (no rise in pain at all)."),
                counts);
    }

    /** The verdict counts over a list of sessions (all of them taken as including the item). */
    public static Counts counts(List<Session> sessions, int prescribed, int heartRateAboveCap) {
        int notBack = 0;
        int above = 0;
        int unconfirmed = 0;
        int met = 0;
        for (Session s : sessions) {
            boolean back = BACK_TO_BASELINE.equals(s.twoHourRule());
            boolean notBackHere = NOT_BACK.equals(s.twoHourRule());
            boolean within = WITHIN.equals(s.ceiling());
            boolean aboveHere = ABOVE.equals(s.ceiling());
            if (notBackHere) {
                notBack++;
            }
            if (aboveHere) {
                above++;
            }
            if (!back && !notBackHere || !within && !aboveHere) {
                unconfirmed++; // FOLLOW_UP_MISSING, NOT_ASSESSED_LATE (rule 12), no ceiling verdict, or a value we do
                // not know
            }
            if (back && within) {
                met++;
            }
        }
        return new Counts(sessions.size(), prescribed, met, notBack, above, unconfirmed, heartRateAboveCap);
    }

    /** Pain during or right after above the pain before (or not recorded): the smaller step. */
    static boolean painRose(Session s) {
        if (s.painBefore() == null || s.painDuringPeak() == null) {
            return true;
        }
        return s.painDuringPeak() > s.painBefore() || s.painAfter() != null && s.painAfter() > s.painBefore();
    }
}
