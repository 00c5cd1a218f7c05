import { describe, expect, it } from 'vitest';
import { aVisit } from '../../testing/therapistFixtures.ts';
import {
  canCancel,
  canMarkNotAttended,
  canMove,
  canWriteNote,
  requested,
  startInstant,
  statusText,
  waiting,
} from './visitRules.ts';

const now = new Date('2026-11-27T09:00:00Z');

describe('visit rules on the therapist side', () => {
  it('reads the local date and time of the form as an instant', () => {
    const iso = startInstant('2026-11-27', '14:30');
    expect(iso).not.toBeNull();
    const back = new Date(iso!);
    expect([back.getFullYear(), back.getMonth() + 1, back.getDate(), back.getHours(), back.getMinutes()]).toEqual([
      2026, 11, 27, 14, 30,
    ]);
  });

  it('refuses a missing or malformed date or time', () => {
    expect(startInstant('', '14:30')).toBeNull();
    expect(startInstant('2026-11-27', '')).toBeNull();
    expect(startInstant('27/11/2026', '14:30')).toBeNull();
    expect(startInstant('2026-13-45', '14:30')).toBeNull();
  });

  it('lists only waiting patients, longest waiting first', () => {
    const later = aVisit({ id: 'later', status: 'WAITING', start: '2026-11-27T10:00:00Z' });
    const earlier = aVisit({ id: 'earlier', status: 'WAITING', start: '2026-11-27T09:30:00Z' });
    const scheduled = aVisit({ id: 'scheduled' });
    expect(waiting([later, scheduled, earlier]).map((v) => v.id)).toEqual(['earlier', 'later']);
  });

  it('lets the therapist cancel only before the start', () => {
    expect(canCancel(aVisit({ start: '2026-11-27T10:00:00Z' }), now)).toBe(true);
    expect(canCancel(aVisit({ start: '2026-11-27T08:00:00Z' }), now)).toBe(false);
    expect(canCancel(aVisit({ status: 'CANCELLED' }), now)).toBe(false);
  });

  it('offers the note for visits that happened, not for cancelled or future ones', () => {
    expect(canWriteNote(aVisit({ status: 'ENDED', start: '2026-11-26T10:00:00Z' }), now)).toBe(true);
    expect(canWriteNote(aVisit({ status: 'SCHEDULED', start: '2026-11-27T08:00:00Z' }), now)).toBe(true);
    expect(canWriteNote(aVisit({ status: 'SCHEDULED', start: '2026-11-27T10:00:00Z' }), now)).toBe(false);
    expect(canWriteNote(aVisit({ status: 'CANCELLED', start: '2026-11-26T10:00:00Z' }), now)).toBe(false);
  });

  it('says who cancelled', () => {
    expect(statusText(aVisit({ status: 'CANCELLED', cancelledBy: 'patient' }))).toBe('Cancelled by the patient');
    expect(statusText(aVisit({ status: 'WAITING' }))).toBe('Patient is waiting');
  });

  it('offers moving a booked or requested visit before its start, and marking a no-show from its start on', () => {
    const before = aVisit({ start: '2026-11-27T09:00:01Z' });
    const atStart = aVisit({ start: '2026-11-27T09:00:00Z' });
    expect(canMove(before, now)).toBe(true);
    expect(canMove(aVisit({ ...before, status: 'REQUESTED' }), now)).toBe(true);
    expect(canMove(aVisit({ ...before, status: 'WAITING' }), now)).toBe(false);
    expect(canMove(atStart, now)).toBe(false);
    expect(canMarkNotAttended(atStart, now)).toBe(true);
    expect(canMarkNotAttended(aVisit({ ...atStart, status: 'WAITING' }), now)).toBe(true);
    expect(canMarkNotAttended(before, now)).toBe(false);
    expect(canMarkNotAttended(aVisit({ ...atStart, status: 'REQUESTED' }), now)).toBe(false);
    expect(canCancel(aVisit({ ...before, status: 'REQUESTED' }), now)).toBe(true);
  });

  it('lists the requests soonest first and names them', () => {
    const later = aVisit({ id: 'b', status: 'REQUESTED', start: '2026-11-29T10:00:00Z' });
    const sooner = aVisit({ id: 'a', status: 'REQUESTED', start: '2026-11-28T10:00:00Z' });
    expect(requested([later, aVisit(), sooner]).map((v) => v.id)).toEqual(['a', 'b']);
    expect(statusText(sooner)).toBe('Requested by the patient');
  });
});
