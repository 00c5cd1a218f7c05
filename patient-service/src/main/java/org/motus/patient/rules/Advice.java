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

    /** Added in the order of {@link AdviceCode}, so the most important comes first. */
    public static List<Advice> forSession(SessionFacts facts, Instant now, ZoneId zone, String emergencyNumber) {
        List<Advice> advice = new ArrayList<>(forRedFlags(facts.redFlags(), emergencyNumber));
        if (facts.heartRate() != null && facts.heartRate().outcome() == HeartRateCheck.Outcome.ABOVE_CAP) {
            int cap = facts.heartRate().capBpm();
            advice.add(new Advice(
                    AdviceCode.HEART_RATE_ABOVE_CAP,
                    "Your heart rate went above the safe limit of " + cap
                            + " bpm set for you. Slow down next time and keep it below " + cap
                            + " bpm. Your therapist has been told."));
        }
        boolean aboveCeiling = facts.ceiling() == ActivityCeiling.Outcome.ABOVE;
        if (aboveCeiling || facts.twoHourRule() == TwoHourRule.Outcome.NOT_BACK) {
            String why = aboveCeiling
                    ? "Your pain during or right after the session reached " + facts.worstActivityPain()
                            + "/10, above your ceiling of " + facts.ceilingUsed() + "/10. "
                    : "Your pain was not back to its level before the session at the follow-up. ";
            advice.add(new Advice(
                    AdviceCode.REDUCE_INTENSITY,
                    why + "Next time make it lighter: less load, shorter"
                            + " holds or a shorter duration. Keep the same number of sessions."));
        }
        if (facts.heartRate() != null && facts.heartRate().outcome() == HeartRateCheck.Outcome.ABOVE_ZONE) {
            advice.add(new Advice(
                    AdviceCode.SLOW_DOWN_HEART_RATE,
                    "Your average heart rate was above the target zone" + " of this exercise (up to "
                            + facts.heartRate().zoneHighBpm() + " bpm). Ease off to stay in the zone."));
        }
        if (facts.twoHourRule() == TwoHourRule.Outcome.NOT_ASSESSED_LATE) {
            advice.add(new Advice(
                    AdviceCode.FOLLOW_UP_LATE,
                    "Your follow-up came after the window closed, so this"
                            + " session's two-hour check is not assessed. Next time rate your pain about 2 hours after the"
                            + " session (between 1 h 30 min and 4 h)."));
        }
        if (facts.twoHourRule() == TwoHourRule.Outcome.FOLLOW_UP_MISSING
                && facts.window().status(now) != FollowUpWindow.Status.CLOSED) {
            FollowUpWindow window = facts.window();
            advice.add(new Advice(
                    AdviceCode.RECORD_FOLLOW_UP,
                    "Rate your pain again at " + clock(window.dueAt(), zone) + " (between "
                            + clock(window.opensAt(), zone) + " and " + clock(window.closesAt(), zone) + ")."));
        }
        if (advice.isEmpty()) {
            advice.add(new Advice(AdviceCode.CONTINUE, "Well done. Keep going as prescribed."));
        }
        return List.copyOf(advice);
    }

    /**
     * The red-flag advice alone (a DAILY check-in): the emergency number for chest symptoms and for
     * saddle numbness, bladder or bowel; urgent same-day care for the others; empty without any.
     */
    public static List<Advice> forRedFlags(Set<RedFlag> redFlags, String emergencyNumber) {
        if (redFlags == null || redFlags.isEmpty()) {
            return List.of();
        }
        if (redFlags.stream().anyMatch(RedFlag::emergency)) {
            return List.of(new Advice(
                    AdviceCode.CALL_EMERGENCY,
                    "Stop the programme now and call the emergency"
                            + " number " + emergencyNumber
                            + ". Your answers can be a sign of a serious problem that needs"
                            + " care straight away. This app is not for emergencies."));
        }
        return List.of(new Advice(
                AdviceCode.SEEK_URGENT_CARE,
                "Stop the programme and get urgent medical care today"
                        + " (your GP or an urgent care centre), and tell your therapist. If it gets worse, call "
                        + emergencyNumber
                        + "."));
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
