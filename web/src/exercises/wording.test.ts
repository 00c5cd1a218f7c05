import { expect, test } from 'vitest';
import { pillarName, regionName } from './wording.ts';

test('namesThePillarsInPlainWords', () => {
  expect(pillarName('EXERCISE')).toBe('Exercise');
  expect(pillarName('STRETCHING')).toBe('Stretching');
  expect(pillarName('RESTORATION')).toBe('Restoration');
});

test('showsAnUnknownPillarRatherThanHidingIt', () => {
  expect(pillarName('BREATHING_WORK')).toBe('Breathing work');
});

test('namesRegionsInPlainWords', () => {
  expect(regionName('LOW_BACK')).toBe('Low back');
  expect(regionName('neck-shoulder')).toBe('Neck shoulder');
  expect(regionName('KNEE')).toBe('Knee');
});
