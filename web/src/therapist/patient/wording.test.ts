import { describe, expect, it } from 'vitest';
import { checkInKindText, flagKindText, heartRateText, sessionOutcomeText, severityText } from './wording.ts';

describe('patient data in plain words', () => {
  it('names the flag kinds and keeps an unknown one visible', () => {
    expect(flagKindText('ACTIVITY_CEILING_EXCEEDED')).toBe('Pain during or right after a session above the ceiling');
    expect(flagKindText('RED_FLAG')).toBe('Red flag reported');
    expect(flagKindText('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });

  it('never words resting pain against the ceiling: only session pain during or right after', () => {
    expect(flagKindText('HIGH_DAILY_PAIN')).not.toMatch(/ceiling/i);
    expect(flagKindText('WORSENING_TREND')).not.toMatch(/ceiling/i);
  });

  it('words a session by the ceiling used and the two-hour rule', () => {
    expect(
      sessionOutcomeText({ twoHourRule: 'NOT_BACK', ceiling: 'ABOVE', ceilingUsed: 5, worstActivityPain: 6 }),
    ).toBe('Worst 6/10 during or right after, above the 5/10 ceiling, not back to baseline at 2 h');
    expect(
      sessionOutcomeText({ twoHourRule: 'FOLLOW_UP_MISSING', ceiling: null, ceilingUsed: 3, worstActivityPain: null }),
    ).toBe('No pain during or right after recorded, 2-hour answer missing');
    expect(
      sessionOutcomeText({ twoHourRule: 'NOT_ASSESSED_LATE', ceiling: 'WITHIN', ceilingUsed: 3, worstActivityPain: 2 }),
    ).toBe('Worst 2/10 during or right after, within the 3/10 ceiling, 2-hour answer late (not assessed)');
  });

  it('says the heart-rate outcome and severity in words', () => {
    expect(heartRateText({ outcome: 'ABOVE_CAP', maxHeartRateBpm: 175, capBpm: 140, zoneHighBpm: null })).toBe(
      'Above the safe cap of 140 bpm',
    );
    expect(heartRateText(null)).toBe('Not checked');
    expect(severityText('URGENT')).toBe('URGENT');
    expect(severityText(null)).toBe('No open flags');
  });

  it('says when a check-in was taken', () => {
    expect(checkInKindText('FOLLOW_UP')).toBe('2 hours after a session');
  });
});
