import type { TodayItem } from '../api/routine.ts';

/**
 * What an item asks the patient to do, in one line, and which control fits it. The dosage decides
 * the control: holds get the hold timer, sets and repetitions the set counter, minutes alone a
 * countdown. A prescription's `durationMinutes` next to sets or holds is the time the block takes,
 * not something to time, so it is neither said nor timed there.
 */
export type Control = 'hold-timer' | 'set-counter' | 'countdown' | 'none';

export function controlFor(item: Pick<TodayItem, 'timer'>): Control {
  const t = item.timer;
  if (t.holdSeconds) return 'hold-timer';
  if (t.sets || t.reps) return 'set-counter';
  if (t.durationSeconds) return 'countdown';
  return 'none';
}

/**
 * "Each leg." / "each side" in the therapist's note: the holds are done on both sides. The plan
 * item has no field for this yet (therapist-service would need one), so the note is read for the
 * side's word; without it the item is one-sided as before.
 */
export function sideOf(notes: string | null | undefined): string | null {
  const match = /\beach (leg|side|arm|foot|hand|knee|hip|shoulder)\b/i.exec(notes ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function minutes(seconds: number): string {
  return plural(Math.round(seconds / 60), 'minute', 'minutes');
}

/** "2 sets of 8 repetitions with 5 kg, rest 30 seconds between sets" or "Hold 30 seconds, 2 times on each leg". */
export function dosageLine(item: Pick<TodayItem, 'timer' | 'dosage' | 'notes'>): string {
  const t = item.timer;
  const side = sideOf(item.notes);
  const sets = t.sets ?? 1;
  const parts: string[] = [];
  switch (controlFor(item)) {
    case 'hold-timer': {
      const times = sets > 1 ? `, ${sets} times` : '';
      parts.push(`Hold ${plural(t.holdSeconds!, 'second', 'seconds')}${times}${side ? ` on each ${side}` : ''}`);
      break;
    }
    case 'set-counter': {
      const reps = t.reps ? plural(t.reps, 'repetition', 'repetitions') : null;
      const amount = t.sets ? `${plural(t.sets, 'set', 'sets')}${reps ? ` of ${reps}` : ''}` : reps!;
      const load = item.dosage?.loadKg ? ` with ${item.dosage.loadKg} kg` : '';
      parts.push(`${amount}${load}${side ? ` on each ${side}` : ''}`);
      break;
    }
    case 'countdown':
      parts.push(minutes(t.durationSeconds!));
      break;
    case 'none':
      break;
  }
  if (t.restSeconds && sets > 1 && controlFor(item) !== 'countdown')
    parts.push(`rest ${t.restSeconds} seconds between`);
  if (t.sessionsToday > 1) parts.push(`${t.sessionsToday} times today`);
  const line = parts.join(', ');
  return line ? line.charAt(0).toUpperCase() + line.slice(1) : '';
}
