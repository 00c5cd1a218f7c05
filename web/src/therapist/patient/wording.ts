import type { CheckInKind, ExerciseSession, FlagKind, HeartRateCheck, Severity } from '../../api/patients.ts';
import type { MessageId } from '../../i18n/catalog.ts';
import { msg, t } from '../../i18n/i18n.ts';

/** Plain words for what patient-service reports, as a therapist reads it. */

const flagKinds: Record<FlagKind, MessageId> = {
  RED_FLAG: msg('Red flag reported'),
  HEART_RATE_ABOVE_CAP: msg('Heart rate above the safe cap'),
  TWO_HOUR_RULE_MISSED_TWICE: msg('Pain not back to baseline twice in 7 days'),
  HIGH_DAILY_PAIN: msg('High daily pain'),
  WORSENING_TREND: msg('Resting pain getting worse over 7 days'),
  BEHIND_EXPECTED_COURSE: msg('Behind the expected course'),
  ACTIVITY_CEILING_EXCEEDED: msg('Pain during or right after a session above the ceiling'),
  PAIN_NOT_BACK_TO_BASELINE: msg('Pain not back to its pre-session level 2 hours later'),
};

export function flagKindText(kind: FlagKind | string): string {
  const known = flagKinds[kind as FlagKind];
  return known ? t(known) : kind;
}

/** The severity label, always in words (never colour alone); the levels keep their names (DOMAIN.md). */
export function severityText(severity: Severity | null): string {
  return severity ?? t('No open flags');
}

const checkInKinds: Record<CheckInKind, MessageId> = {
  DAILY: msg('daily check-in'),
  BEFORE: msg('before a session'),
  DURING: msg('peak during a session'),
  AFTER: msg('after a session'),
  FOLLOW_UP: msg('2 hours after a session'),
};

export function checkInKindText(kind: CheckInKind | string): string {
  const known = checkInKinds[kind as CheckInKind];
  return known ? t(known) : kind;
}

const twoHourWords: Record<ExerciseSession['twoHourRule'], MessageId> = {
  BACK_TO_BASELINE: msg('back to baseline at 2 h'),
  NOT_BACK: msg('not back to baseline at 2 h'),
  FOLLOW_UP_MISSING: msg('2-hour answer missing'),
  NOT_ASSESSED_LATE: msg('2-hour answer late (not assessed)'),
};

/**
 * Both rules' outcomes of one session in one sentence (rules 3, 12 and 13): the ceiling is judged
 * on the worst of during and right after, against the ceiling in force for that session.
 */
export function sessionOutcomeText(
  session: Pick<ExerciseSession, 'twoHourRule' | 'ceiling' | 'ceilingUsed' | 'worstActivityPain'>,
): string {
  const limit =
    session.ceilingUsed !== null ? t('the {ceiling}/10 ceiling', { ceiling: session.ceilingUsed }) : t('the ceiling');
  const worst =
    session.worstActivityPain !== null
      ? `${t('worst {pain}/10 during or right after', { pain: session.worstActivityPain })}, `
      : '';
  const ceiling =
    session.ceiling === 'ABOVE'
      ? worst + t('above {limit}', { limit })
      : session.ceiling === 'WITHIN'
        ? worst + t('within {limit}', { limit })
        : t('no pain during or right after recorded');
  const twoHours = twoHourWords[session.twoHourRule];
  const sentence = `${ceiling}, ${twoHours ? t(twoHours) : session.twoHourRule}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The heart-rate check of a session (rule 14) in words. */
export function heartRateText(check: HeartRateCheck | null): string {
  if (!check) return t('Not checked');
  switch (check.outcome) {
    case 'WITHIN':
      return t('Within the target');
    case 'ABOVE_ZONE':
      return check.zoneHighBpm !== null
        ? t("Above the item's zone ({bpm} bpm)", { bpm: check.zoneHighBpm })
        : t("Above the item's zone");
    case 'ABOVE_CAP':
      return check.capBpm !== null
        ? t('Above the safe cap of {bpm} bpm', { bpm: check.capBpm })
        : t('Above the safe cap');
    case 'NOT_RECORDED':
      return t('Not recorded');
    case 'NO_DATE_OF_BIRTH':
      return t('No date of birth: heart-rate targets cannot be computed');
  }
}
