import { describe, expect, it } from 'vitest';
import { closeVerdict, reconnectDelayMs } from './backoff.ts';

describe('reconnect backoff', () => {
  it('doublesFromHalfASecondUpToTenSeconds', () => {
    const top = [0, 1, 2, 3, 4, 5, 6].map((n) => reconnectDelayMs(n, () => 1));
    expect(top).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('jittersBetweenHalfAndAllOfTheDelay', () => {
    expect(reconnectDelayMs(3, () => 0)).toBe(2000);
    expect(reconnectDelayMs(3, () => 0.5)).toBe(3000);
    expect(reconnectDelayMs(1000, () => 0)).toBe(5000);
  });

  it('reconnectsOnlyWhenANewSocketCanHelp', () => {
    expect(closeVerdict(4000)).toBe('ended');
    expect(closeVerdict(4001)).toBe('replaced');
    expect(closeVerdict(1000)).toBe('left');
    expect(closeVerdict(1009)).toBe('refused-message');
    expect(closeVerdict(4003)).toBe('signed-out');
    expect(closeVerdict(4004)).toBe('signed-out');
    for (const code of [1006, 4002, 1008, 1011, 1001]) expect(closeVerdict(code)).toBe('reconnect');
  });
});
