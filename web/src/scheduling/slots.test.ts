import { describe, expect, it } from 'vitest';
import { slotsByDay } from './slots.ts';

describe('slotsByDay', () => {
  it('groups slots by local day, in time order, and skips what is not a time', () => {
    const a = new Date(2027, 0, 11, 9, 40).toISOString();
    const b = new Date(2027, 0, 11, 9, 0).toISOString();
    const c = new Date(2027, 0, 13, 14, 0).toISOString();
    const days = slotsByDay([c, a, 'not a time', b]);
    expect(days.map((d) => d.day)).toEqual(['2027-01-11', '2027-01-13']);
    expect(days[0]?.slots).toEqual([b, a]);
    expect(days[1]?.slots).toEqual([c]);
  });

  it('gives nothing for no slots', () => {
    expect(slotsByDay([])).toEqual([]);
  });
});
