import { expect, test } from 'vitest';
import { emptyDraft, isEmptyDraft, restoredDraft, toRequest } from './promForm.ts';

test('aPegDraftStartsWithItsThreeItemsUnanswered', () => {
  const draft = emptyDraft('PEG_3');
  expect(draft.items.map((i) => i.item)).toEqual(['pain', 'enjoyment', 'activity']);
  expect(isEmptyDraft(draft)).toBe(true);
  expect(toRequest(draft)).toBeNull();
});

test('aKeptDraftResumesAtItsScreenOnlyForTheSameInstrument', () => {
  const kept = {
    instrument: 'PSFS',
    step: 2,
    items: [
      { item: 'Stairs', value: 3 },
      { item: 'Walk', value: 4 },
      { item: '', value: null },
    ],
  };
  expect(restoredDraft(kept, 'PSFS')?.step).toBe(2);
  expect(restoredDraft(kept, 'PEG_3')).toBeNull();
  expect(restoredDraft({ ...kept, items: [{ item: 'Stairs', value: 11 }] }, 'PSFS')).toBeNull();
  expect(restoredDraft('nonsense', 'PSFS')).toBeNull();
});

test('aPsfsActivityWithoutANameIsNotReadyToSend', () => {
  const draft = {
    instrument: 'PSFS' as const,
    step: 2,
    items: [
      { item: 'Stairs', value: 3 },
      { item: ' ', value: 4 },
      { item: 'Walk', value: 5 },
    ],
  };
  expect(toRequest(draft)).toBeNull();
  draft.items[1]!.item = ' Lift ';
  expect(toRequest(draft)?.items[1]).toEqual({ item: 'Lift', value: 4 });
});
