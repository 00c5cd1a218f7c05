import type { Instrument, NewPromResponse } from '../api/proms.ts';
import { pegItems } from '../api/proms.ts';

/** PSFS asks for 3 to 5 activities (Stratford 1995). */
export const psfsMin = 3;
export const psfsMax = 5;

/** The form's state: which instrument, which screen, and the items so far (kept as a draft). */
export interface PromDraft {
  instrument: Instrument;
  step: number;
  items: { item: string; value: number | null }[];
}

export function emptyDraft(instrument: Instrument): PromDraft {
  const items =
    instrument === 'PEG_3'
      ? pegItems.map((p) => ({ item: p.item, value: null }))
      : Array.from({ length: psfsMin }, () => ({ item: '', value: null }));
  return { instrument, step: 0, items };
}

export const isEmptyDraft = (d: PromDraft) =>
  d.step === 0 && d.items.every((i) => i.value === null && (d.instrument === 'PEG_3' || i.item === ''));

/** A kept draft if it is one of this instrument's, else null. */
export function restoredDraft(kept: unknown, instrument: Instrument): PromDraft | null {
  if (typeof kept !== 'object' || kept === null) return null;
  const k = kept as Partial<PromDraft>;
  if (k.instrument !== instrument || !Array.isArray(k.items) || typeof k.step !== 'number') return null;
  const items = k.items.filter(
    (i): i is { item: string; value: number | null } =>
      typeof i === 'object' &&
      i !== null &&
      typeof i.item === 'string' &&
      (i.value === null || (typeof i.value === 'number' && i.value >= 0 && i.value <= 10)),
  );
  const fresh = emptyDraft(instrument);
  if (instrument === 'PEG_3' && items.length !== fresh.items.length) return null;
  if (instrument === 'PSFS' && (items.length < psfsMin || items.length > psfsMax)) return null;
  return { instrument, step: Math.min(Math.max(0, k.step), items.length - 1), items };
}

/** Whether the item on this screen is complete (a named activity for PSFS, and a rating). */
export function itemComplete(draft: PromDraft, index: number): boolean {
  const item = draft.items[index];
  return item !== undefined && item.value !== null && item.item.trim() !== '';
}

/** The request when every item is answered, else null (the server would refuse it with 422). */
export function toRequest(draft: PromDraft): NewPromResponse | null {
  if (!draft.items.every((_, i) => itemComplete(draft, i))) return null;
  return {
    instrument: draft.instrument,
    items: draft.items.map((i) => ({ item: i.item.trim(), value: i.value })),
  };
}
