import { expect, test } from 'vitest';
import { activate } from '../i18n/i18n.ts';
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
  expect(regionName('neck-shoulder')).toBe('Neck and shoulder');
  expect(regionName('KNEE')).toBe('Knee');
});

test('namesTypesAndRegionsInTheReadersLanguageAndUnknownOnesInPlainCase', async () => {
  await activate('de', ['de-DE']);
  try {
    expect(pillarName('STRETCHING')).toBe('Dehnen');
    expect(regionName('low-back')).toBe('Unterer Rücken');
    expect(regionName('FOREARM')).toBe('Forearm');
  } finally {
    await activate('en', ['en-GB']);
  }
});
