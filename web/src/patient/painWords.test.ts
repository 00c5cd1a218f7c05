import { expect, test } from 'vitest';
import { painWord } from './painWords.ts';

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
