import { describe, expect, it } from 'vitest';
import { checkInKindText, flagKindText, sessionOutcomeText } from './wording.ts';

describe('patient data in plain words', () => {
  it('names both flag kinds and keeps an unknown one visible', () => {
    expect(flagKindText('ACTIVITY_CEILING_EXCEEDED')).toBe('Pain above 3/10 during a session');
    expect(flagKindText('PAIN_NOT_BACK_TO_BASELINE')).toBe('Pain not back to its pre-session level 2 hours later');
    expect(flagKindText('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });

  it('words a session by the ceiling and the two-hour rule', () => {
    expect(sessionOutcomeText({ twoHourRule: 'NOT_BACK', ceiling: 'ABOVE' })).toBe('Above 3/10 during, not back to baseline at 2 h');
    expect(sessionOutcomeText({ twoHourRule: 'FOLLOW_UP_MISSING', ceiling: null })).toBe(
      'No pain during recorded, 2-hour answer missing',
    );
    expect(sessionOutcomeText({ twoHourRule: 'BACK_TO_BASELINE', ceiling: 'WITHIN' })).toBe('Within 3/10 during, back to baseline at 2 h');
  });

  it('says when a check-in was taken', () => {
    expect(checkInKindText('FOLLOW_UP')).toBe('2 hours after a session');
  });
});
