import type { TodayItem } from '../api/routine.ts';
import { t } from '../i18n/i18n.ts';

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

/** The side's word ("leg" from the note) in the reader's language. */
export function sideWord(side: string): string {
  return t(
    '{side, select, leg {leg} arm {arm} foot {foot} hand {hand} knee {knee} hip {hip} shoulder {shoulder} other {side}}',
    { side },
  );
}

/** "on each leg", in the reader's language. */
function onEach(side: string): string {
  return t('on each {side}', { side: sideWord(side) });
}

/** "2 sets of 8 repetitions with 5 kg, rest 30 seconds between sets" or "Hold 30 seconds, 2 times on each leg". */
export function dosageLine(item: Pick<TodayItem, 'timer' | 'dosage' | 'notes'>): string {
  const timer = item.timer;
  const side = sideOf(item.notes);
  const sets = timer.sets ?? 1;
  const parts: string[] = [];
  switch (controlFor(item)) {
    case 'hold-timer': {
      const hold = t('Hold {seconds, plural, one {# second} other {# seconds}}', { seconds: timer.holdSeconds! });
      const times = sets > 1 ? `, ${t('{sets} times', { sets })}` : '';
      parts.push(`${hold}${times}${side ? ` ${onEach(side)}` : ''}`);
      break;
    }
    case 'set-counter': {
      const amount =
        timer.sets && timer.reps
          ? t(
              '{sets, plural, one {# set} other {# sets}} of {reps, plural, one {# repetition} other {# repetitions}}',
              { sets: timer.sets, reps: timer.reps },
            )
          : timer.sets
            ? t('{sets, plural, one {# set} other {# sets}}', { sets: timer.sets })
            : t('{reps, plural, one {# repetition} other {# repetitions}}', { reps: timer.reps! });
      const load = item.dosage?.loadKg ? ` ${t('with {kg} kg', { kg: item.dosage.loadKg })}` : '';
      parts.push(`${amount}${load}${side ? ` ${onEach(side)}` : ''}`);
      break;
    }
    case 'countdown':
      parts.push(
        t('{minutes, plural, one {# minute} other {# minutes}}', { minutes: Math.round(timer.durationSeconds! / 60) }),
      );
      break;
    case 'none':
      break;
  }
  if (timer.restSeconds && sets > 1 && controlFor(item) !== 'countdown')
    parts.push(t('rest {seconds} seconds between', { seconds: timer.restSeconds }));
  if (timer.sessionsToday > 1) parts.push(t('{count} times today', { count: timer.sessionsToday }));
  const line = parts.join(', ');
  return line ? line.charAt(0).toUpperCase() + line.slice(1) : '';
}
