import { t } from '../i18n/i18n.ts';
import { sideWord } from './dosageLine.ts';
/**
 * The hold timer of a stretch (or any timed item): sets of a hold, with rests in between. Pure:
 * the screen feeds it the seconds that passed; it says what to show and what to say aloud.
 */

export type Phase = 'ready' | 'hold' | 'rest' | 'done';

export interface TimerPlan {
  /** Seconds per hold (or the countdown of timed work). */
  holdSeconds: number;
  /** How many holds; at least 1. */
  sets: number;
  /** Rest between holds; 0 for none. */
  restSeconds: number;
  /** "leg" when the holds are done on each leg (each side): `sets` holds on one, then on the other. */
  side?: string | null;
}

/** Every hold the timer runs: the sets, twice when they are done on each side. */
export function totalHolds(plan: TimerPlan): number {
  return Math.max(1, plan.sets) * (plan.side ? 2 : 1);
}

/** Where a hold (1-based, over both sides) falls: its number on its side, and whether it is on the other side. */
export function holdOnSide(plan: TimerPlan, set: number): { index: number; otherSide: boolean } {
  const perSide = Math.max(1, plan.sets);
  if (!plan.side) return { index: set, otherSide: false };
  return { index: ((set - 1) % perSide) + 1, otherSide: set > perSide };
}

/** Holds done per side once the timer ran `set` holds (what the session log calls sets). */
export function setsDone(plan: TimerPlan, set: number): number {
  return plan.side ? Math.ceil(set / 2) : set;
}

export interface TimerState {
  phase: Phase;
  /** 1-based set being held or rested after. */
  set: number;
  /** Whole seconds left in the phase. */
  remaining: number;
  /** Seconds elapsed in the current phase (for the breathing pacer). */
  elapsedInPhase: number;
}

export function start(plan: TimerPlan): TimerState {
  return { phase: 'hold', set: 1, remaining: plan.holdSeconds, elapsedInPhase: 0 };
}

export function ready(plan: TimerPlan): TimerState {
  return { phase: 'ready', set: 1, remaining: plan.holdSeconds, elapsedInPhase: 0 };
}

/** One second passes. */
export function tick(plan: TimerPlan, state: TimerState): TimerState {
  if (state.phase === 'ready' || state.phase === 'done') return state;
  const remaining = state.remaining - 1;
  if (remaining > 0) return { ...state, remaining, elapsedInPhase: state.elapsedInPhase + 1 };
  if (state.phase === 'hold') {
    if (state.set >= totalHolds(plan)) return { phase: 'done', set: state.set, remaining: 0, elapsedInPhase: 0 };
    if (plan.restSeconds > 0) return { phase: 'rest', set: state.set, remaining: plan.restSeconds, elapsedInPhase: 0 };
    return { phase: 'hold', set: state.set + 1, remaining: plan.holdSeconds, elapsedInPhase: 0 };
  }
  return { phase: 'hold', set: state.set + 1, remaining: plan.holdSeconds, elapsedInPhase: 0 };
}

/** What to say aloud (and announce in the live region) when entering a state, or null to stay quiet. */
export function announcement(plan: TimerPlan, previous: TimerState, next: TimerState): string | null {
  if (next.phase === 'done' && previous.phase !== 'done') return t('Done. Well done.');
  if (next.phase === 'hold' && (previous.phase !== 'hold' || previous.set !== next.set)) {
    const sets = Math.max(1, plan.sets);
    const { index, otherSide } = holdOnSide(plan, next.set);
    const switching = otherSide && index === 1 ? `${t('Now the other {side}.', { side: sideWord(plan.side!) })} ` : '';
    const hold =
      sets > 1
        ? t('Hold {index} of {sets}: {seconds} seconds.', { index, sets, seconds: plan.holdSeconds })
        : t('Hold for {seconds} seconds.', { seconds: plan.holdSeconds });
    return switching + hold;
  }
  if (next.phase === 'rest' && previous.phase !== 'rest') {
    return plan.side && next.set === Math.max(1, plan.sets)
      ? t('Rest for {seconds} seconds, then change to the other {side}.', {
          seconds: plan.restSeconds,
          side: sideWord(plan.side),
        })
      : t('Rest for {seconds} seconds.', { seconds: plan.restSeconds });
  }
  if (next.phase === 'hold' && (next.remaining === 10 || (next.remaining <= 3 && next.remaining > 0))) {
    return String(next.remaining);
  }
  return null;
}

/** "1:05" style for the big visual countdown. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export type BreathPhase = 'in' | 'hold' | 'out';

/** The breathing pacer (clinical-rules.md: in 3, hold 2, out 4) at a number of seconds into the stretch. */
export function breathingAt(
  seconds: number,
  pattern: { inhaleCounts: number; holdCounts: number; exhaleCounts: number },
): { phase: BreathPhase; count: number; of: number } {
  const cycle = pattern.inhaleCounts + pattern.holdCounts + pattern.exhaleCounts;
  const at = ((Math.floor(seconds) % cycle) + cycle) % cycle;
  if (at < pattern.inhaleCounts) return { phase: 'in', count: at + 1, of: pattern.inhaleCounts };
  if (at < pattern.inhaleCounts + pattern.holdCounts) {
    return { phase: 'hold', count: at - pattern.inhaleCounts + 1, of: pattern.holdCounts };
  }
  return { phase: 'out', count: at - pattern.inhaleCounts - pattern.holdCounts + 1, of: pattern.exhaleCounts };
}

/**
 * The pacer's words. The middle phase says what the server's `holdLabel` says: "hold" only where
 * the exercise allows holding the breath, else (any other word, or none from the server) "pause", so the
 * pacer never says "hold your breath" next to an exercise that says not to.
 */
export function breathWord(phase: BreathPhase, holdLabel: string | undefined): string {
  if (phase === 'in') return t('Breathe in');
  if (phase === 'out') return t('Breathe out');
  return holdLabel === 'hold' ? t('Hold your breath') : t('Pause');
}
