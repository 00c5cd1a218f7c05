import { describe, expect, it } from 'vitest';
import { progressionHeadline } from './progressionWording.ts';

describe('progression headline', () => {
  it('words each outcome with the size of the change, never a negative percent', () => {
    expect(progressionHeadline({ outcome: 'INCREASE', percent: 5 })).toBe('Suggested: raise the load by 5 %.');
    expect(progressionHeadline({ outcome: 'STEP_BACK', percent: -10 })).toBe(
      'Suggested: step the load back by 10 % (intensity, not how often).',
    );
    expect(progressionHeadline({ outcome: 'HOLD', percent: 0 })).toBe('Suggested: hold the load.');
  });
});
