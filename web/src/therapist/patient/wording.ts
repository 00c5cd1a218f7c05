import type { CheckInKind, ExerciseSession, FlagKind, HeartRateCheck, Severity } from '../../api/patients.ts';

/** Plain words for what patient-service reports, as a therapist reads it. */

const flagKinds: Record<FlagKind, string> = {
  RED_FLAG: 'Red flag reported',
  HEART_RATE_ABOVE_CAP: 'Heart rate above the safe cap',
  TWO_HOUR_RULE_MISSED_TWICE: 'Pain not back to baseline twice in 7 days',
  HIGH_DAILY_PAIN: 'High daily pain',
  WORSENING_TREND: 'Resting pain getting worse over 7 days',
  BEHIND_EXPECTED_COURSE: 'Behind the expected course',
  ACTIVITY_CEILING_EXCEEDED: 'Pain during or right after a session above the ceiling',
  PAIN_NOT_BACK_TO_BASELINE: 'Pain not back to its pre-session level 2 hours later',
};

export function flagKindText(kind: FlagKind | string): string {
  return flagKinds[kind as FlagKind] ?? kind;
}

const severities: Record<Severity, string> = { URGENT: 'URGENT', HIGH: 'HIGH', ROUTINE: 'ROUTINE' };

/** The severity label, always in words (never colour alone). */
export function severityText(severity: Severity | null): string {
  return severity ? severities[severity] : 'No open flags';
}

const checkInKinds: Record<CheckInKind, string> = {
  DAILY: 'daily check-in',
  BEFORE: 'before a session',
  DURING: 'peak during a session',
  AFTER: 'after a session',
  FOLLOW_UP: '2 hours after a session',
};

export function checkInKindText(kind: CheckInKind | string): string {
  return checkInKinds[kind as CheckInKind] ?? kind;
}

const twoHourWords: Record<ExerciseSession['twoHourRule'], string> = {
  BACK_TO_BASELINE: 'back to baseline at 2 h',
  NOT_BACK: 'not back to baseline at 2 h',
  FOLLOW_UP_MISSING: '2-hour answer missing',
  NOT_ASSESSED_LATE: '2-hour answer late (not assessed)',
};

/**
 * Both rules' outcomes of one session in one sentence (rules 3, 12 and 13): the ceiling is judged
 * on the worst of during and right after, against the ceiling in force for that session.
 */
export function sessionOutcomeText(
  session: Pick<ExerciseSession, 'twoHourRule' | 'ceiling' | 'ceilingUsed' | 'worstActivityPain'>,
): string {
  const limit = session.ceilingUsed !== null ? `the ${session.ceilingUsed}/10 ceiling` : 'the ceiling';
  const worst =
    session.worstActivityPain !== null ? `worst ${session.worstActivityPain}/10 during or right after, ` : '';
  const ceiling =
    session.ceiling === 'ABOVE'
      ? `${worst}above ${limit}`
      : session.ceiling === 'WITHIN'
        ? `${worst}within ${limit}`
        : 'no pain during or right after recorded';
  const sentence = `${ceiling}, ${twoHourWords[session.twoHourRule] ?? session.twoHourRule}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The heart-rate check of a session (rule 14) in words. */
export function heartRateText(check: HeartRateCheck | null): string {
  if (!check) return 'Not checked';
  switch (check.outcome) {
    case 'WITHIN':
      return 'Within the target';
    case 'ABOVE_ZONE':
      return `Above the item's zone${check.zoneHighBpm !== null ? ` (${check.zoneHighBpm} bpm)` : ''}`;
    case 'ABOVE_CAP':
      return `Above the safe cap${check.capBpm !== null ? ` of ${check.capBpm} bpm` : ''}`;
    case 'NOT_RECORDED':
      return 'Not recorded';
    case 'NO_DATE_OF_BIRTH':
      return 'No date of birth: heart-rate targets cannot be computed';
  }
}
