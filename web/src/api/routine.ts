import { request } from './http.ts';
import type { Pillar } from './exercises.ts';
import type { Dosage } from './plans.ts';

export type { Dosage };

/**
 * The breathing pacer's counts. `holdLabel` is the server's word for the middle phase: "pause"
 * where the exercise tells the patient not to hold their breath (the web falls back to "pause").
 */
export interface Breathing {
  inhaleCounts: number;
  holdCounts: number;
  exhaleCounts: number;
  holdLabel?: 'hold' | 'pause';
}

/** What the app needs to run an item's timer (therapist-service `routine/Timer`; absent fields = none). */
export interface ItemTimer {
  sets?: number;
  reps?: number;
  /** Seconds per static hold (stretches: 30-60). */
  holdSeconds?: number;
  restSeconds?: number;
  /** Countdown for timed work. */
  durationSeconds?: number;
  sessionsToday: number;
  /** A 2-minute session that counts on its own (clinical-rules.md §7). */
  microSession: boolean;
  /** Stretches only: in 3, hold 2, out 4. */
  breathing?: Breathing;
}

export interface TodayItem {
  itemId: string;
  position: number;
  section?: string;
  exerciseId: string;
  name: string;
  pillar: Pillar;
  kind?: 'AEROBIC' | 'STRENGTH';
  instructions?: string[];
  commonMistakes?: string[];
  /** Same-origin SVG drawing. */
  illustrationUrl?: string;
  /** The therapist's uploaded video or image, or an external https URL. */
  mediaUrl?: string;
  dosage?: Dosage;
  targetHeartRateBpm?: { low: number; high: number };
  notes?: string;
  timer: ItemTimer;
}

/** The items of the active plan due on one day, in plan order. */
export interface TodayRoutine {
  planId: string;
  version: number;
  /** ISO date. */
  date: string;
  weekday: string;
  items: TodayItem[];
}

/** The browser's local date as YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The signed-in patient's routine for a local date. A 404 means there is no published plan. */
export function fetchMyToday(date: string, signal?: AbortSignal): Promise<TodayRoutine> {
  return request<TodayRoutine>(`/api/v1/plans/mine/today?date=${encodeURIComponent(date)}`, signal ? { signal } : {});
}
