import { request } from './http.ts';
import type { components } from './generated/therapist-service.ts';
import type { Dosage } from './plans.ts';

export type { Dosage };

type Schemas = components['schemas'];

/**
 * The breathing pacer's counts. `holdLabel` is the server's word for the middle phase: "pause"
 * where the exercise tells the patient not to hold their breath (the web falls back to "pause").
 */
export type Breathing = Schemas['Breathing'];
/** What the app needs to run an item's timer (therapist-service `routine/Timer`; absent fields = none). */
export type ItemTimer = Schemas['Timer'];
export type TodayItem = Schemas['TodayItem'];
/** The items of the active plan due on one day, in plan order (therapist-service TodayView). */
export type TodayRoutine = Schemas['TodayRoutine'];

/** The browser's local date as YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The signed-in patient's routine for a local date. A 404 means there is no published plan. */
export function fetchMyToday(date: string, signal?: AbortSignal): Promise<TodayRoutine> {
  return request<TodayRoutine>(`/api/v1/plans/mine/today?date=${encodeURIComponent(date)}`, signal ? { signal } : {});
}
