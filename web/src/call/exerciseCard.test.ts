import { describe, expect, it } from 'vitest';
import { dosageWords, encodeCard, readCard } from './exerciseCard.ts';

describe('exercise card', () => {
  it('travelsThroughTheDataChannelUnchanged', () => {
    const card = {
      name: 'Bridge',
      dosage: '3 sets of 10',
      instructions: ['Lie on your back', 'Lift your hips'],
      notes: 'Slowly',
    };
    expect(readCard(encodeCard(card))).toEqual(card);
  });
  it('ignoresAnythingElse', () => {
    expect(readCard('{"type":"chat","name":"x"}')).toBeNull();
    expect(readCard('{"type":"exercise","name":"  "}')).toBeNull();
    expect(readCard('garbage')).toBeNull();
    expect(readCard(new ArrayBuffer(3))).toBeNull();
    expect(readCard(encodeCard({ name: 'x', dosage: null, instructions: ['a'.repeat(9000)], notes: null }))).toBeNull();
  });
  it('saysTheDosageInWords', () => {
    expect(dosageWords({ sets: 3, reps: 10, loadKg: 5 })).toBe('3 sets of 10, with 5 kg');
    expect(dosageWords({ sets: 2, holdSeconds: 30 })).toBe('2 times, hold 30 s');
    expect(dosageWords({ durationMinutes: 20 })).toBe('20 min');
    expect(dosageWords({})).toBeNull();
    expect(dosageWords(null)).toBeNull();
  });
});
