import type { NewSessionItem, RedFlag } from '../api/patients.ts';
import type { TodayItem } from '../api/routine.ts';

/** What the session form holds while the patient fills it in. */
export interface SessionFields {
  before: number | null;
  during: number | null;
  after: number | null;
  /** As typed; empty = not recorded. */
  averageHeartRate: string;
  peakHeartRate: string;
  redFlags: RedFlag[] | null;
  note: string;
}

export const emptySessionFields: SessionFields = {
  before: null,
  during: null,
  after: null,
  averageHeartRate: '',
  peakHeartRate: '',
  redFlags: null,
  note: '',
};

export type SessionFieldChange = { [K in keyof SessionFields]: { field: K; value: SessionFields[K] } }[keyof SessionFields] | 'reset';

export function sessionFieldsReducer(state: SessionFields, change: SessionFieldChange): SessionFields {
  if (change === 'reset') return emptySessionFields;
  return { ...state, [change.field]: change.value };
}

/** Heart rates the app accepts (patient-service checks the same bounds). */
export const heartRateMin = 30;
export const heartRateMax = 250;

/** An optional heart rate as typed: undefined when empty, null when not a whole number in range. */
export function parseHeartRate(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isInteger(value) && value >= heartRateMin && value <= heartRateMax ? value : null;
}

export interface ItemProgress {
  /** Sets done so far (counter or timer). */
  sets: number;
  done: boolean;
}

/** One done item as the session log carries it, with its prescribed heart-rate zone (rule 14). */
export function sessionItem(item: TodayItem, progress: ItemProgress, micro: boolean): NewSessionItem {
  const t = item.timer;
  const result: NewSessionItem = { planItemId: item.itemId, exerciseId: item.exerciseId };
  const sets = progress.sets > 0 ? progress.sets : t.sets;
  if (sets) result.sets = Math.min(20, sets);
  if (t.reps) result.reps = t.reps;
  if (item.dosage?.loadKg) result.loadKg = item.dosage.loadKg;
  if (t.holdSeconds) result.holdSeconds = t.holdSeconds;
  if (micro) result.durationMinutes = 2;
  else if (t.durationSeconds) result.durationMinutes = Math.round(t.durationSeconds / 60);
  const low = item.dosage?.targetZoneLowPercent;
  const high = item.dosage?.targetZoneHighPercent;
  if (low != null && high != null) {
    result.targetZoneLowPercent = low;
    result.targetZoneHighPercent = high;
  }
  return result;
}
