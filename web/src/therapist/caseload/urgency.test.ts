import { describe, expect, it } from 'vitest';
import { aCaseloadEntry } from '../../testing/therapistFixtures.ts';
import { adherenceText, sortByUrgency, urgencyOf } from './urgency.ts';

const names = (entries: { displayName: string }[]) => entries.map((e) => e.displayName);

describe('urgency of a caseload patient', () => {
  it('puts open flags above everything else', () => {
    const flagged = aCaseloadEntry({ displayName: 'Flagged', openFlags: 1, latestPain: { pain: 1, kind: 'DAILY', occurredAt: '2026-11-26T08:00:00Z' } });
    const painful = aCaseloadEntry({ displayName: 'Painful', latestPain: { pain: 9, kind: 'DAILY', occurredAt: '2026-11-26T08:00:00Z' } });
    expect(names(sortByUrgency([painful, flagged]))).toEqual(['Flagged', 'Painful']);
  });

  it('ranks pain above the 3/10 ceiling before low adherence, and 3/10 itself is not above it', () => {
    const atCeiling = aCaseloadEntry({ displayName: 'At ceiling', latestPain: { pain: 3, kind: 'DAILY', occurredAt: '2026-11-26T08:00:00Z' } });
    const above = aCaseloadEntry({ displayName: 'Above', latestPain: { pain: 4, kind: 'DAILY', occurredAt: '2026-11-26T08:00:00Z' } });
    const quiet = aCaseloadEntry({ displayName: 'Quiet', adherence: { ...aCaseloadEntry().adherence, daysWithDataLast30: 3 } });
    expect(names(sortByUrgency([atCeiling, quiet, above]))).toEqual(['Above', 'Quiet', 'At ceiling']);
    expect(urgencyOf(atCeiling).tier).toBe('on-track');
    expect(urgencyOf(above).reason).toBe('Pain 4/10, above the 3/10 ceiling');
  });

  it('orders within a tier by more flags, then higher pain, then fewer days with data, then name', () => {
    const pain = (n: number) => ({ pain: n, kind: 'DAILY', occurredAt: '2026-11-26T08:00:00Z' });
    const oneFlag = aCaseloadEntry({ displayName: 'One flag', openFlags: 1, latestPain: pain(8) });
    const twoFlags = aCaseloadEntry({ displayName: 'Two flags', openFlags: 2, latestPain: pain(2) });
    const five = aCaseloadEntry({ displayName: 'Five', latestPain: pain(5) });
    const seven = aCaseloadEntry({ displayName: 'Seven', latestPain: pain(7) });
    const b = aCaseloadEntry({ displayName: 'Bea' });
    const a = aCaseloadEntry({ displayName: 'Abe' });
    expect(names(sortByUrgency([b, five, oneFlag, a, seven, twoFlags]))).toEqual([
      'Two flags', 'One flag', 'Seven', 'Five', 'Abe', 'Bea',
    ]);
  });

  it('counts a patient without any data as low adherence, not as on track', () => {
    const silent = aCaseloadEntry({ latestPain: null, adherence: { ...aCaseloadEntry().adherence, daysWithDataLast30: 0 } });
    expect(urgencyOf(silent)).toEqual({ tier: 'low-adherence', reason: 'Data on 0 of the last 30 days' });
  });

  it('does not change the list it was given', () => {
    const list = [aCaseloadEntry({ displayName: 'B' }), aCaseloadEntry({ displayName: 'A' })];
    sortByUrgency(list);
    expect(names(list)).toEqual(['B', 'A']);
  });

  it('words adherence with and without a prescribed target', () => {
    expect(adherenceText(aCaseloadEntry())).toBe('2 of 4 sessions this week');
    const noTarget = aCaseloadEntry({ adherence: { ...aCaseloadEntry().adherence, sessionsThisWeek: 1, prescribedSessionsPerWeek: null } });
    expect(adherenceText(noTarget)).toBe('1 session this week (no target set)');
  });
});
