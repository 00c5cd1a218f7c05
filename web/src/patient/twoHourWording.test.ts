import { expect, test } from 'vitest';
import { painWord, twoHourWords } from './twoHourWording.ts';

test('backToBaselineSaysKeepGoing', () => {
  const words = twoHourWords('BACK_TO_BASELINE', 4, 3);
  expect(words.headline).toBe('Back to baseline: keep going.');
  expect(words.detail).toContain('Your pain is 3 out of 10, no more than the 4 before the session.');
  expect(words.tone).toBe('good');
});

test('notBackSaysReduceIntensityButKeepTheSchedule', () => {
  const words = twoHourWords('NOT_BACK', 3, 5);
  expect(words.headline).toBe('Not back: next time reduce intensity, keep the schedule.');
  expect(words.detail).toContain('more than the 3 before the session');
  expect(words.detail).toContain('same number of sessions');
  expect(words.tone).toBe('caution');
});

test('missingAsksForTheAnswer', () => {
  expect(twoHourWords('FOLLOW_UP_MISSING', 3, null).tone).toBe('waiting');
});

test('painWordsCoverTheScale', () => {
  expect([0, 1, 3, 4, 6, 7, 9, 10].map(painWord)).toEqual([
    'No pain',
    'Mild',
    'Mild',
    'Moderate',
    'Moderate',
    'Severe',
    'Severe',
    'Worst imaginable',
  ]);
});
