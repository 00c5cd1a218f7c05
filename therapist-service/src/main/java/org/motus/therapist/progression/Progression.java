package org.motus.therapist.progression;

import java.math.BigDecimal;
import java.util.List;

/**
 * The weekly progression rule (DOMAIN.md rule 5): strength load may rise 5-10 % a week, only when
 * every session of the last week met the two-hour rule (rule 3) and the 3/10 ceiling (rule 4).
 * A session that broke either means it was too much: step the load back (intensity, never
 * frequency, rule 3). Missing evidence (no sessions, no 2-hour follow-up) means hold. Pure.
 */
public final class Progression {

    public enum Outcome { INCREASE, HOLD, STEP_BACK }

    /** DOMAIN.md rule 5: +5 to +10 % load per week. */
    public static final BigDecimal MIN_INCREASE_PERCENT = new BigDecimal("5");
    public static final BigDecimal MAX_INCREASE_PERCENT = new BigDecimal("10");
    /** How far to step back after a session that was too much (Motus's choice, mirroring the largest weekly rise). */
    public static final BigDecimal STEP_BACK_PERCENT = new BigDecimal("10");

    // patient-service's verdict names (contract-services.md).
    static final String BACK_TO_BASELINE = "BACK_TO_BASELINE";
    static final String NOT_BACK = "NOT_BACK";
    static final String WITHIN = "WITHIN";
    static final String ABOVE = "ABOVE";

    private Progression() {
    }

    /** One logged session as the rule needs it: patient-service's verdicts and the pain scores. */
    public record Session(String twoHourRule, String ceiling, Integer painBefore, Integer painDuringPeak) {
    }

    public record Counts(int sessions, int metBoth, int notBackWithinTwoHours, int aboveCeiling, int unconfirmed) {
    }

    public record Verdict(Outcome outcome, BigDecimal percent, String reason, Counts counts) {
    }

    public static Verdict suggest(List<Session> lastWeek) {
        int notBack = 0;
        int above = 0;
        int unconfirmed = 0;
        int met = 0;
        boolean anyRise = false;
        for (Session s : lastWeek) {
            boolean back = BACK_TO_BASELINE.equals(s.twoHourRule());
            boolean within = WITHIN.equals(s.ceiling());
            if (NOT_BACK.equals(s.twoHourRule())) {
                notBack++;
            }
            if (ABOVE.equals(s.ceiling())) {
                above++;
            }
            if (!back && !NOT_BACK.equals(s.twoHourRule()) || !within && !ABOVE.equals(s.ceiling())) {
                unconfirmed++;
            }
            if (back && within) {
                met++;
            }
            if (s.painBefore() == null || s.painDuringPeak() == null || s.painDuringPeak() > s.painBefore()) {
                anyRise = true;
            }
        }
        Counts counts = new Counts(lastWeek.size(), met, notBack, above, unconfirmed);
        if (notBack > 0 || above > 0) {
            StringBuilder why = new StringBuilder();
            if (notBack > 0) {
                why.append(notBack).append(" of ").append(lastWeek.size())
                        .append(" session(s) left pain above the pre-session level 2 hours later");
            }
            if (above > 0) {
                why.append(why.isEmpty() ? "" : "; ").append(above).append(" of ").append(lastWeek.size())
                        .append(" session(s) went above 3/10 pain during activity");
            }
            why.append(". Step the load back by ").append(STEP_BACK_PERCENT)
                    .append(" %: reduce intensity, not how often (DOMAIN.md rules 3-5).");
            return new Verdict(Outcome.STEP_BACK, STEP_BACK_PERCENT, why.toString(), counts);
        }
        if (lastWeek.isEmpty()) {
            return new Verdict(Outcome.HOLD, BigDecimal.ZERO,
                    "No sessions were logged last week: hold the load until there is evidence it is tolerated.", counts);
        }
        if (unconfirmed > 0) {
            return new Verdict(Outcome.HOLD, BigDecimal.ZERO, unconfirmed + " of " + lastWeek.size()
                    + " session(s) lack the 2-hour follow-up or the pain ceiling check: hold the load until every session confirms it.", counts);
        }
        BigDecimal percent = anyRise ? MIN_INCREASE_PERCENT : MAX_INCREASE_PERCENT;
        return new Verdict(Outcome.INCREASE, percent, "All " + lastWeek.size()
                + " session(s) last week were back to baseline within 2 hours and stayed at or below 3/10: raise the load by "
                + percent + " %" + (anyRise ? " (pain rose a little during some sessions, so the smaller step)." : " (no rise in pain at all)."),
                counts);
    }
}
