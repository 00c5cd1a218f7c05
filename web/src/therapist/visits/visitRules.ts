import type { Visit } from '../../api/visits.ts';
import { msg, t } from '../../i18n/i18n.ts';

/** Visit lengths the form offers, in minutes (the gateway accepts 5-180). */
export const visitLengths = [15, 20, 30, 45, 60] as const;

/**
 * The instant a visit starts, from the form's local date (`2026-11-27`) and time (`14:30`) in the
 * browser's time zone; null when either is missing or not a real date.
 */
export function startInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const local = new Date(`${date}T${time}:00`);
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

/** Patients in the waiting room now, who waits longest (earliest start) first. */
export function waiting(visits: readonly Visit[]): Visit[] {
  return visits.filter((v) => v.status === 'WAITING').sort((a, b) => a.start.localeCompare(b.start));
}

/** Cancelling is for visits that have not started (the gateway answers 409 otherwise). */
export function canCancel(visit: Visit, now: Date): boolean {
  return (
    (visit.status === 'SCHEDULED' || visit.status === 'WAITING' || visit.status === 'REQUESTED') &&
    new Date(visit.start).getTime() > now.getTime()
  );
}

/** Moving is for a booked or requested visit nobody has joined, before its start. */
export function canMove(visit: Visit, now: Date): boolean {
  return (
    (visit.status === 'SCHEDULED' || visit.status === 'REQUESTED') && new Date(visit.start).getTime() > now.getTime()
  );
}

/** A visit nobody attended can be closed from its start on (the gateway ends it; before the start: cancel). */
export function canMarkNotAttended(visit: Visit, now: Date): boolean {
  return (
    (visit.status === 'SCHEDULED' || visit.status === 'WAITING') && new Date(visit.start).getTime() <= now.getTime()
  );
}

/** Visits patients asked for that wait for the therapist's answer, soonest first. */
export function requested(visits: readonly Visit[]): Visit[] {
  return visits.filter((v) => v.status === 'REQUESTED').sort((a, b) => a.start.localeCompare(b.start));
}

/** A note belongs to a visit that took place or whose time has passed; not to a cancelled one. */
export function canWriteNote(visit: Visit, now: Date): boolean {
  if (visit.status === 'CANCELLED') return false;
  return visit.status === 'ENDED' || visit.status === 'IN_PROGRESS' || new Date(visit.start).getTime() <= now.getTime();
}

const statusWords = {
  REQUESTED: msg('Requested by the patient'),
  SCHEDULED: msg('Scheduled'),
  WAITING: msg('Patient is waiting'),
  IN_PROGRESS: msg('In progress'),
  ENDED: msg('Ended'),
  CANCELLED: msg('Cancelled'),
} satisfies Record<Visit['status'], string>;

export function statusText(visit: Visit): string {
  if (visit.status === 'CANCELLED' && visit.cancelledBy) {
    return visit.cancelledBy === 'therapist' ? t('Cancelled by the therapist') : t('Cancelled by the patient');
  }
  return t(statusWords[visit.status]);
}
