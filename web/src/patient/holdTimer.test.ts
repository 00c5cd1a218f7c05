import { describe, expect, test } from 'vitest';
import {
  announcement,
  breathingAt,
  clock,
  ready,
  setsDone,
  start,
  tick,
  type TimerPlan,
  type TimerState,
} from './holdTimer.ts';

const plan: TimerPlan = { holdSeconds: 3, sets: 2, restSeconds: 2 };

function run(p: TimerPlan, from: TimerState, seconds: number): TimerState[] {
  const states = [from];
  for (let i = 0; i < seconds; i++) states.push(tick(p, states[states.length - 1]!));
  return states;
}

describe('hold timer', () => {
  test('holdsRestsAndHoldsAgainThenIsDone', () => {
    const phases = run(plan, start(plan), 9).map((s) => `${s.phase}${s.set}:${s.remaining}`);
    expect(phases).toEqual(
      [
        'hold1:3',
        'hold1:2',
        'hold1:1',
        'rest1:2',
        'rest1:1',
        'hold2:3',
        'hold2:2',
        'hold2:1',
        'done2:0',
        'done2:0',
      ].slice(0, 10),
    );
  });

  test('withoutRestGoesStraightToTheNextHold', () => {
    const p = { holdSeconds: 2, sets: 2, restSeconds: 0 };
    expect(run(p, start(p), 2).map((s) => `${s.phase}${s.set}`)).toEqual(['hold1', 'hold1', 'hold2']);
  });

  test('readyAndDoneDoNotMove', () => {
    expect(tick(plan, ready(plan))).toEqual(ready(plan));
    const done: TimerState = { phase: 'done', set: 2, remaining: 0, elapsedInPhase: 0 };
    expect(tick(plan, done)).toBe(done);
  });

  test('announcesEachHoldRestTheLastSecondsAndTheEnd', () => {
    const p = { holdSeconds: 12, sets: 2, restSeconds: 5 };
    const states = run(p, start(p), 12 + 5 + 12);
    const said = [announcement(p, ready(p), states[0]!)];
    for (let i = 1; i < states.length; i++) said.push(announcement(p, states[i - 1]!, states[i]!));
    expect(said.filter((s) => s !== null)).toEqual([
      'Hold 1 of 2: 12 seconds.',
      '10',
      '3',
      '2',
      '1',
      'Rest for 5 seconds.',
      'Hold 2 of 2: 12 seconds.',
      '10',
      '3',
      '2',
      '1',
      'Done. Well done.',
    ]);
  });

  test('singleHoldIsSaidWithoutCounting', () => {
    const p = { holdSeconds: 30, sets: 1, restSeconds: 0 };
    expect(announcement(p, ready(p), start(p))).toBe('Hold for 30 seconds.');
  });

  test('clockShowsMinutesAndSeconds', () => {
    expect(clock(65)).toBe('1:05');
    expect(clock(9)).toBe('0:09');
    expect(clock(-1)).toBe('0:00');
  });
});

describe('breathing pacer', () => {
  const pattern = { inhaleCounts: 3, holdCounts: 2, exhaleCounts: 4 };

  test('inThreeHoldTwoOutFourThenAgain', () => {
    const seq = Array.from({ length: 10 }, (_, s) => {
      const b = breathingAt(s, pattern);
      return `${b.phase}${b.count}`;
    });
    expect(seq).toEqual(['in1', 'in2', 'in3', 'hold1', 'hold2', 'out1', 'out2', 'out3', 'out4', 'in1']);
  });

  test('saysHowLongEachPhaseIs', () => {
    expect(breathingAt(0, pattern).of).toBe(3);
    expect(breathingAt(3, pattern).of).toBe(2);
    expect(breathingAt(5, pattern).of).toBe(4);
  });
});

test('holdsOnEachSideRunOnBothSidesAndSayWhenToChange', () => {
  const plan = { holdSeconds: 2, sets: 2, restSeconds: 1, side: 'leg' };
  let state = start(plan);
  const said: string[] = [];
  while (state.phase !== 'done') {
    const next = tick(plan, state);
    const text = announcement(plan, state, next);
    if (text && !/^\d+$/.test(text)) said.push(text);
    state = next;
  }
  expect(said).toEqual([
    'Rest for 1 seconds.',
    'Hold 2 of 2: 2 seconds.',
    'Rest for 1 seconds, then change to the other leg.',
    'Now the other leg. Hold 1 of 2: 2 seconds.',
    'Rest for 1 seconds.',
    'Hold 2 of 2: 2 seconds.',
    'Done. Well done.',
  ]);
  expect(state.set).toBe(4);
  expect(setsDone(plan, state.set)).toBe(2);
});
