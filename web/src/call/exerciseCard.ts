/**
 * An exercise the therapist shows the patient during the call, sent over the call's
 * RTCDataChannel ("motus-exercise"; SIGNALLING.md has no message for it and the gateway refuses
 * unknown ones). Pure: building, encoding and reading the card.
 */

export interface ExerciseCard {
  name: string;
  /** e.g. "3 sets of 10, hold 30 s". */
  dosage: string | null;
  instructions: string[];
  notes: string | null;
}

/** Enough for any exercise, far below what a data channel message may carry. */
const maxChars = 8000;

export function encodeCard(card: ExerciseCard): string {
  return JSON.stringify({ type: 'exercise', ...card });
}

export function readCard(data: unknown): ExerciseCard | null {
  if (typeof data !== 'string' || data.length > maxChars) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.type !== 'exercise' || typeof m.name !== 'string' || m.name.trim() === '') return null;
  const instructions = Array.isArray(m.instructions)
    ? m.instructions.filter((s): s is string => typeof s === 'string')
    : [];
  return {
    name: m.name,
    dosage: typeof m.dosage === 'string' ? m.dosage : null,
    instructions,
    notes: typeof m.notes === 'string' && m.notes.trim() !== '' ? m.notes : null,
  };
}

export interface DosageLike {
  sets?: number | null;
  reps?: number | null;
  loadKg?: number | null;
  holdSeconds?: number | null;
  durationMinutes?: number | null;
  restSeconds?: number | null;
}

/** A plan item's dosage in words: "3 sets of 10 with 5 kg, hold 30 s, 20 min". */
export function dosageWords(dosage: DosageLike | null | undefined): string | null {
  if (!dosage) return null;
  const parts: string[] = [];
  if (dosage.sets && dosage.reps) parts.push(`${dosage.sets} sets of ${dosage.reps}`);
  else if (dosage.sets) parts.push(`${dosage.sets} times`);
  else if (dosage.reps) parts.push(`${dosage.reps} times`);
  if (dosage.loadKg) parts.push(`with ${dosage.loadKg} kg`);
  if (dosage.holdSeconds) parts.push(`hold ${dosage.holdSeconds} s`);
  if (dosage.durationMinutes) parts.push(`${dosage.durationMinutes} min`);
  if (dosage.restSeconds) parts.push(`rest ${dosage.restSeconds} s between sets`);
  return parts.length > 0 ? parts.join(', ') : null;
}
