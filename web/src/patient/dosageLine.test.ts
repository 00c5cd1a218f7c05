import { expect, test } from 'vitest';
import { controlFor, dosageLine, sideOf } from './dosageLine.ts';

const timer = (t: Record<string, number>) => ({ sessionsToday: 1, microSession: false, ...t });

test('aStretchReadsAsHoldSecondsTimesRepetitionsPerSide', () => {
  expect(dosageLine({ timer: timer({ holdSeconds: 30, sets: 2, restSeconds: 15 }), notes: 'Each side.' })).toBe(
    'Hold 30 seconds, 2 times on each side, rest 15 seconds between',
  );
  expect(dosageLine({ timer: timer({ holdSeconds: 45, sets: 1 }) })).toBe('Hold 45 seconds');
  expect(controlFor({ timer: timer({ holdSeconds: 30, sets: 2, durationSeconds: 180 }) })).toBe('hold-timer');
});

test('strengthReadsAsSetsOfRepetitionsWithTheLoadAndIgnoresTheBlocksMinutes', () => {
  expect(dosageLine({ timer: timer({ sets: 3, reps: 10, durationSeconds: 180 }), dosage: { loadKg: 5 } })).toBe(
    '3 sets of 10 repetitions with 5 kg',
  );
  expect(dosageLine({ timer: timer({ sets: 1, reps: 10 }) })).toBe('1 set of 10 repetitions');
  expect(dosageLine({ timer: timer({ reps: 12 }) })).toBe('12 repetitions');
  expect(controlFor({ timer: timer({ sets: 2, reps: 8, durationSeconds: 180 }) })).toBe('set-counter');
});

test('timedWorkReadsAsMinutesAndSaysHowManyTimesToday', () => {
  expect(dosageLine({ timer: { ...timer({ durationSeconds: 120 }), sessionsToday: 3 } })).toBe(
    '2 minutes, 3 times today',
  );
  expect(controlFor({ timer: timer({ durationSeconds: 60 }) })).toBe('countdown');
  expect(controlFor({ timer: timer({}) })).toBe('none');
});

test('theSideComesFromTheTherapistsNoteOnly', () => {
  expect(sideOf('Each leg.')).toBe('leg');
  expect(sideOf('Do it slowly, each arm in turn')).toBe('arm');
  expect(sideOf('Keep the back flat.')).toBeNull();
  expect(sideOf(undefined)).toBeNull();
});
