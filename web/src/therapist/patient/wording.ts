import type { CheckInKind, ExerciseSession, FlagKind } from '../../api/patients.ts';

/** Plain words for what patient-service reports, as a therapist reads it. */

const flagKinds: Record<FlagKind, string> = {
  ACTIVITY_CEILING_EXCEEDED: 'Pain above 3/10 during a session',
  PAIN_NOT_BACK_TO_BASELINE: 'Pain not back to its pre-session level 2 hours later',
};

export function flagKindText(kind: FlagKind | string): string {
  return flagKinds[kind as FlagKind] ?? kind;
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

/** The two rules' outcomes of one session in one sentence (rule 3 and rule 4). */
export function sessionOutcomeText(session: Pick<ExerciseSession, 'twoHourRule' | 'ceiling'>): string {
  const twoHours =
    session.twoHourRule === 'BACK_TO_BASELINE'
      ? 'back to baseline at 2 h'
      : session.twoHourRule === 'NOT_BACK'
        ? 'not back to baseline at 2 h'
        : '2-hour answer missing';
  const ceiling =
    session.ceiling === 'ABOVE' ? 'above 3/10 during' : session.ceiling === 'WITHIN' ? 'within 3/10 during' : 'no pain during recorded';
  const sentence = `${ceiling}, ${twoHours}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
