import { expect, test } from 'vitest';
import { offlineEmergencyAdvice, redFlagQuestions, redFlagText, urgentAdvice } from './redFlags.ts';

test('everyCodeOfTheContractIsAskedOnce', () => {
  expect(redFlagQuestions.map((q) => q.code).sort()).toEqual([
    'CHEST_SYMPTOMS',
    'FALL_OR_INJURY',
    'FEVER_UNWELL',
    'LEG_WEAKNESS_NUMBNESS',
    'NIGHT_PAIN',
    'SADDLE_NUMBNESS_BLADDER_BOWEL',
    'UNEXPLAINED_WEIGHT_LOSS',
  ]);
});

test('offlineChestOrSaddleSymptomsSayCallTheEmergencyNumber', () => {
  for (const code of ['CHEST_SYMPTOMS', 'SADDLE_NUMBNESS_BLADDER_BOWEL'] as const) {
    const [advice] = offlineEmergencyAdvice(['NIGHT_PAIN', code]);
    expect(advice?.code).toBe('CALL_EMERGENCY');
    expect(advice?.text).toMatch(/Stop .* call your local emergency number/);
  }
});

test('offlineOtherRedFlagsSayUrgentSameDayCareNeverOnlyTellYourTherapist', () => {
  for (const code of [
    'LEG_WEAKNESS_NUMBNESS',
    'FEVER_UNWELL',
    'UNEXPLAINED_WEIGHT_LOSS',
    'NIGHT_PAIN',
    'FALL_OR_INJURY',
  ] as const) {
    const advice = offlineEmergencyAdvice([code]);
    expect(advice.map((a) => a.code)).toEqual(['SEEK_URGENT_CARE']);
    expect(advice[0]?.text).toMatch(/^Stop .*urgent medical care today/);
  }
  expect(offlineEmergencyAdvice([])).toEqual([]);
});

test('urgentAdviceKeepsOnlyTheEmergencyCodes', () => {
  expect(
    urgentAdvice([
      { code: 'CALL_EMERGENCY', text: 'a' },
      { code: 'CONTINUE', text: 'b' },
    ]).map((a) => a.code),
  ).toEqual(['CALL_EMERGENCY']);
  expect(urgentAdvice(undefined)).toEqual([]);
});

test('theTherapistReadsEveryAnswerAboutThePatientNotInWordsAddressedToThem', () => {
  for (const { code } of redFlagQuestions) {
    expect(redFlagText(code)).not.toMatch(/\byour?\b/i);
    expect(redFlagText(code)).not.toBe(code);
  }
  expect(redFlagText('SADDLE_NUMBNESS_BLADDER_BOWEL')).toContain('between the legs');
  expect(redFlagText('SOMETHING_NEW')).toBe('SOMETHING_NEW');
});
