package org.motus.patient.flag;

import java.util.Set;
import java.util.stream.Collectors;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.rules.Severity;

/** Why a flag was raised for the treating therapist, with its severity (clinical-rules.md §17). */
public enum FlagKind {
    /** A red-flag answer or note (rule 16). */
    RED_FLAG(Severity.URGENT, "red flag"),
    /** Heart rate above 80 % of the estimated maximum for a patient with fibromyalgia (rule 14). */
    HEART_RATE_ABOVE_CAP(Severity.HIGH, "heart rate above the safe cap in a session"),
    /** Pain not back to the pre-session level twice within 7 days (rule 17). */
    TWO_HOUR_RULE_MISSED_TWICE(Severity.HIGH, "pain not back to the pre-session level twice in 7 days"),
    /** A DAILY reading of 8 or more, or 3 or more above the baseline (rule 17). */
    HIGH_DAILY_PAIN(Severity.HIGH, "high resting pain at a daily check-in"),
    /** The 7-day mean of resting pain 2 or more above the baseline (rule 17). */
    WORSENING_TREND(Severity.HIGH, "resting pain worsening over the last 7 days"),
    /** The expected course says "behind" from programme week 4 (rules 9 and 17). */
    BEHIND_EXPECTED_COURSE(Severity.HIGH, "behind the expected course of recovery"),
    /** The worst of during and right after above the patient's ceiling (rules 4 and 13). */
    ACTIVITY_CEILING_EXCEEDED(Severity.ROUTINE, "pain during or right after a session above the activity ceiling"),
    /** Pain at the follow-up still above the pre-session pain (rule 3). */
    PAIN_NOT_BACK_TO_BASELINE(Severity.ROUTINE, "pain not back to the pre-session level at the two-hour follow-up");

    private final Severity severity;
    private final String reason;

    FlagKind(Severity severity, String reason) {
        this.severity = severity;
        this.reason = reason;
    }

    public Severity severity() {
        return severity;
    }

    /** One plain sentence for the caseload, e.g. "URGENT: red flag - chest pain, breathlessness, ...". */
    public String reason(Set<RedFlag> redFlags) {
        String text = severity + ": " + reason;
        if (this == RED_FLAG && !redFlags.isEmpty()) {
            text += " - " + redFlags.stream().sorted().map(RedFlag::description).collect(Collectors.joining("; "));
        }
        return text;
    }
}
