import type { TwoHourOutcome } from '../api/patients.ts';

/**
 * The two-hour rule (DOMAIN.md rule 3) in plain words. The outcome comes from the server
 * (`twoHourRule` of the session); this only says it.
 */
export interface TwoHourWords {
  headline: string;
  detail: string;
  /** For styling; the words carry the meaning without the colour. */
  tone: 'good' | 'caution' | 'waiting';
}

export function twoHourWords(outcome: TwoHourOutcome, painBefore: number, painFollowUp: number | null): TwoHourWords {
  switch (outcome) {
    case 'BACK_TO_BASELINE':
      return {
        headline: 'Back to baseline: keep going.',
        detail:
          `Your pain is ${painFollowUp ?? painBefore} out of 10, no more than the ${painBefore} before the session. ` +
          'The exercise suits you: keep the same programme.',
        tone: 'good',
      };
    case 'NOT_BACK':
      return {
        headline: 'Not back: next time reduce intensity, keep the schedule.',
        detail:
          `Your pain is ${painFollowUp ?? '?'} out of 10, more than the ${painBefore} before the session. ` +
          'Next time make it lighter (less weight, shorter holds or a shorter time), ' +
          'but still do the same number of sessions. Your therapist will see this.',
        tone: 'caution',
      };
    case 'FOLLOW_UP_MISSING':
      return {
        headline: 'Waiting for your answer.',
        detail: 'Tell us how your pain is about two hours after the session.',
        tone: 'waiting',
      };
  }
}

/** Plain words for each point of the 0-10 pain scale, for the big buttons. */
export function painWord(pain: number): string {
  if (pain <= 0) return 'No pain';
  if (pain <= 3) return 'Mild';
  if (pain <= 6) return 'Moderate';
  if (pain <= 9) return 'Severe';
  return 'Worst imaginable';
}
