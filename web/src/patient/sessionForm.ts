import type { NewSessionItem, RedFlag } from '../api/patients.ts';
import type { TodayItem, TodayRoutine } from '../api/routine.ts';

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

export type SessionFieldChange =
  { [K in keyof SessionFields]: { field: K; value: SessionFields[K] } }[keyof SessionFields] | 'reset';

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

/**
 * Everything the session form holds, from the ticks and set counts on the items to the pains: one
 * state, so a saved session resets all of it at once and a draft keeps all of it over a reload.
 */
export interface SessionDraft {
  /** The routine it was filled in for: a draft of another day or plan version is not restored. */
  date: string;
  planId: string;
  version: number;
  progress: Record<string, ItemProgress>;
  /** When the first exercise was started (the session's start). */
  startedAt: string | null;
  micro: boolean;
  fields: SessionFields;
  /** Bumped by every reset, so the items' timers start over too (not kept in a draft). */
  round: number;
}

export type SessionChange =
  | { type: 'item'; itemId: string; change: Partial<ItemProgress>; at: string }
  | { type: 'begin'; at: string }
  | { type: 'micro'; on: boolean }
  | { type: 'field'; change: Exclude<SessionFieldChange, 'reset'> }
  | { type: 'reset' }
  | { type: 'restore'; kept: unknown };

export function emptySessionDraft(routine: Pick<TodayRoutine, 'date' | 'planId' | 'version'>, round = 0): SessionDraft {
  return {
    date: routine.date,
    planId: routine.planId,
    version: routine.version,
    progress: {},
    startedAt: null,
    micro: false,
    fields: emptySessionFields,
    round,
  };
}

export function isEmptySession(draft: SessionDraft): boolean {
  return (
    draft.startedAt === null &&
    !draft.micro &&
    Object.keys(draft.progress).length === 0 &&
    JSON.stringify(draft.fields) === JSON.stringify(emptySessionFields)
  );
}

export function sessionDraftReducer(state: SessionDraft, change: SessionChange): SessionDraft {
  switch (change.type) {
    case 'item': {
      const before = state.progress[change.itemId] ?? { sets: 0, done: false };
      return {
        ...state,
        startedAt: state.startedAt ?? change.at,
        progress: { ...state.progress, [change.itemId]: { ...before, ...change.change } },
      };
    }
    case 'begin':
      return { ...state, startedAt: state.startedAt ?? change.at };
    case 'micro':
      return { ...state, micro: change.on };
    case 'field':
      return { ...state, fields: sessionFieldsReducer(state.fields, change.change) };
    case 'reset':
      return emptySessionDraft(state, state.round + 1);
    case 'restore':
      return restoredSession(state, change.kept) ?? state;
  }
}

/** A kept draft, if it is one of this same routine (date, plan, version); else null. */
function restoredSession(state: SessionDraft, kept: unknown): SessionDraft | null {
  if (typeof kept !== 'object' || kept === null) return null;
  const draft = kept as Partial<SessionDraft>;
  if (draft.date !== state.date || draft.planId !== state.planId || draft.version !== state.version) return null;
  if (
    typeof draft.progress !== 'object' ||
    draft.progress === null ||
    typeof draft.fields !== 'object' ||
    draft.fields === null
  )
    return null;
  return {
    ...state,
    progress: draft.progress,
    startedAt: typeof draft.startedAt === 'string' ? draft.startedAt : null,
    micro: draft.micro === true,
    fields: { ...emptySessionFields, ...draft.fields },
  };
}

/** What makes two saves "the same session": its items, pains and start. */
export function sessionFingerprint(body: {
  startedAt: string;
  items: readonly NewSessionItem[];
  painBefore: number;
  painDuringPeak?: number;
  painAfter?: number;
}): string {
  const items = body.items.map((i) => `${i.planItemId}:${i.sets ?? ''}`).sort();
  return JSON.stringify([body.startedAt, items, body.painBefore, body.painDuringPeak ?? null, body.painAfter ?? null]);
}

/** A second identical save within this long is not sent again (the server's own check is separate). */
export const repeatWindowMs = 60_000;

/** Remembers the sessions this page sent, to answer an identical second save within a minute. */
export class RecentSaves {
  private readonly sent = new Map<string, number>();

  /** True when the same session was sent less than a minute ago; otherwise remembers it as sent now. */
  isRepeat(fingerprint: string, now: number): boolean {
    for (const [key, at] of this.sent) if (now - at >= repeatWindowMs) this.sent.delete(key);
    if (this.sent.has(fingerprint)) return true;
    this.sent.set(fingerprint, now);
    return false;
  }

  /** A send that did not reach the phone's queue may be tried again at once. */
  forget(fingerprint: string): void {
    this.sent.delete(fingerprint);
  }
}
