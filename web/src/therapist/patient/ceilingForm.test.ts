import { describe, expect, it } from 'vitest';
import { validateCeiling } from './ceilingForm.ts';

describe('the activity ceiling form', () => {
  it('accepts every whole number from 0 to 10 with a reason', () => {
    for (let n = 0; n <= 10; n++)
      expect(validateCeiling(String(n), 'high resting baseline')).toEqual({
        ok: true,
        painCeiling: n,
        reason: 'high resting baseline',
      });
  });

  it('refuses just outside the range, fractions and nothing', () => {
    for (const text of ['-1', '11', '2.5', '', 'x'])
      expect(validateCeiling(text, 'r')).toMatchObject({ ok: false, field: 'ceiling' });
  });

  it('needs a reason of 1 to 500 characters', () => {
    expect(validateCeiling('5', '   ')).toMatchObject({ ok: false, field: 'reason' });
    expect(validateCeiling('5', 'x'.repeat(500))).toMatchObject({ ok: true });
    expect(validateCeiling('5', 'x'.repeat(501))).toMatchObject({ ok: false, field: 'reason' });
  });
});
