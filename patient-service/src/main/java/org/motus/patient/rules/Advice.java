package org.motus.patient.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One piece of advice for the patient: a code clients may switch on and the text to show. The one
 * source of what a patient is told after a session, a follow-up or a red-flag answer (issue 12
 * item 7). clinical-rules.md §3: when a session was too much, reduce the intensity, never the number
 * of sessions; rule 16: a red flag means stop and get care, never only "tell your therapist".
 */
public record Advice(AdviceCode code, String text) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);

    /** What a session's rules give, in priority order; never empty. */
    public record SessionFacts(
            Set<RedFlag> redFlags,
            HeartRateCheck.Result heartRate,
            ActivityCeiling.Outcome ceiling,
            int ceilingUsed,
            Integer worstActivityPain,
            TwoHourRule.Outcome twoHourRule,
            FollowUpWindow window) {}

    /** Added in the order of {@link AdviceCode}, so the most important comes first; in English. */
    public static List<Advice> forSession(SessionFacts facts, Instant now, ZoneId zone, String emergencyNumber) {
        return forSession(facts, now, zone, emergencyNumber, AdviceWords.EN);
    }

    /** The same, in the patient's language. */
    public static List<Advice> forSession(
            SessionFacts facts, Instant now, ZoneId zone, String emergencyNumber, AdviceWords words) {
        List<Advice> advice = new ArrayList<>(forRedFlags(facts.redFlags(), emergencyNumber, words));
        if (facts.heartRate() != null && facts.heartRate().outcome() == HeartRateCheck.Outcome.ABOVE_CAP) {
            advice.add(new Advice(
                    AdviceCode.HEART_RATE_ABOVE_CAP,
                    words.heartRateAboveCap(facts.heartRate().capBpm())));
        }
        boolean aboveCeiling = facts.ceiling() == ActivityCeiling.Outcome.ABOVE;
        if (aboveCeiling || facts.twoHourRule() == TwoHourRule.Outcome.NOT_BACK) {
            String why = aboveCeiling
                    ? words.aboveCeiling(facts.worstActivityPain(), facts.ceilingUsed())
                    : words.notBackAtFollowUp();
            advice.add(new Advice(AdviceCode.REDUCE_INTENSITY, why + words.makeItLighter()));
        }
        if (facts.heartRate() != null && facts.heartRate().outcome() == HeartRateCheck.Outcome.ABOVE_ZONE) {
            advice.add(new Advice(
                    AdviceCode.SLOW_DOWN_HEART_RATE,
                    words.slowDownHeartRate(facts.heartRate().zoneHighBpm())));
        }
        if (facts.twoHourRule() == TwoHourRule.Outcome.NOT_ASSESSED_LATE) {
            advice.add(new Advice(AdviceCode.FOLLOW_UP_LATE, words.followUpLate()));
        }
        if (facts.twoHourRule() == TwoHourRule.Outcome.FOLLOW_UP_MISSING
                && facts.window().status(now) != FollowUpWindow.Status.CLOSED) {
            FollowUpWindow window = facts.window();
            advice.add(new Advice(
                    AdviceCode.RECORD_FOLLOW_UP,
                    words.recordFollowUp(
                            clock(window.dueAt(), zone),
                            clock(window.opensAt(), zone),
                            clock(window.closesAt(), zone))));
        }
        if (advice.isEmpty()) {
            advice.add(new Advice(AdviceCode.CONTINUE, words.keepGoing()));
        }
        return List.copyOf(advice);
    }

    /**
     * The red-flag advice alone (a DAILY check-in): the emergency number for chest symptoms and for
     * saddle numbness, bladder or bowel; urgent same-day care for the others; empty without any.
     */
    public static List<Advice> forRedFlags(Set<RedFlag> redFlags, String emergencyNumber) {
        return forRedFlags(redFlags, emergencyNumber, AdviceWords.EN);
    }

    /** The same, in the patient's language. */
    public static List<Advice> forRedFlags(Set<RedFlag> redFlags, String emergencyNumber, AdviceWords words) {
        if (redFlags == null || redFlags.isEmpty()) {
            return List.of();
        }
        if (redFlags.stream().anyMatch(RedFlag::emergency)) {
            return List.of(new Advice(AdviceCode.CALL_EMERGENCY, words.callEmergency(emergencyNumber)));
        }
        return List.of(new Advice(AdviceCode.SEEK_URGENT_CARE, words.seekUrgentCare(emergencyNumber)));
    }

    /**
     * Two lists as one, most important first, each code once (the first text wins); CONTINUE only
     * when nothing else is said.
     */
    public static List<Advice> merge(List<Advice> first, List<Advice> second) {
        Map<AdviceCode, Advice> byCode = new EnumMap<>(AdviceCode.class);
        for (Advice advice : first) {
            byCode.putIfAbsent(advice.code(), advice);
        }
        for (Advice advice : second) {
            byCode.putIfAbsent(advice.code(), advice);
        }
        if (byCode.size() > 1) {
            byCode.remove(AdviceCode.CONTINUE);
        }
        return List.copyOf(byCode.values());
    }

    /** A time as the patient reads it, e.g. "14:30 CET". */
    public static String clock(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }
}
