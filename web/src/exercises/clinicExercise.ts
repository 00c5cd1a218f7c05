import type { Exercise, ExerciseDraft, Pillar } from '../api/exercises.ts';
import { t } from '../i18n/i18n.ts';

/** The clinic exercise form's fields as typed: lists one item per line, numbers as text. */
export interface ExerciseForm {
  name: string;
  slug: string;
  pillar: Pillar;
  kind: '' | 'AEROBIC' | 'STRENGTH';
  regions: string[];
  /** A shipped drawing's name: every library exercise has a demonstration (clinical rules §10) until a video is uploaded. */
  illustration: string;
  /** An external https demonstration an exercise already has (kept as it is). */
  mediaUrl: string;
  instructions: string;
  contraindications: string;
  sets: string;
  reps: string;
  holdSeconds: string;
  durationMinutes: string;
  daysPerWeek: string;
}

/** "Bridge with a hold!" -> "bridge-with-a-hold" (the library's slug rule: 2-80 of a-z, 0-9 and dashes). */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const count = (text: string): number | null => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isInteger(n) ? n : Number.NaN;
};

export function emptyForm(): ExerciseForm {
  return {
    name: '',
    slug: '',
    pillar: 'EXERCISE',
    kind: 'STRENGTH',
    regions: [],
    illustration: '',
    mediaUrl: '',
    instructions: '',
    contraindications: '',
    sets: '2',
    reps: '10',
    holdSeconds: '',
    durationMinutes: '',
    daysPerWeek: '3',
  };
}

export function formOf(exercise: Exercise): ExerciseForm {
  const dosage = exercise.defaultDosage;
  const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    name: exercise.name,
    slug: exercise.slug,
    pillar: exercise.pillar,
    kind: exercise.kind ?? '',
    regions: [...exercise.regions],
    illustration: illustrationName(exercise.demonstration.illustrationUrl),
    mediaUrl: exercise.demonstration.mediaUrl ?? '',
    instructions: exercise.instructions.join('\n'),
    contraindications: exercise.contraindications.join('\n'),
    sets: text(dosage?.sets),
    reps: text(dosage?.reps),
    holdSeconds: text(dosage?.holdSeconds),
    durationMinutes: text(dosage?.durationMinutes),
    daysPerWeek: text(dosage?.daysPerWeek),
  };
}

/** The draft to send, or the first thing to fix in words (the server checks again, and the dosage rules). */
export function draftOf(form: ExerciseForm): { draft: ExerciseDraft } | { problem: string } {
  const slug = form.slug || slugOf(form.name);
  if (form.name.trim().length < 2) return { problem: t('Give the exercise a name.') };
  if (slug.length < 2) return { problem: t('The name needs a few letters or digits.') };
  if (form.regions.length === 0) return { problem: t('Choose at least one body area.') };
  if (form.illustration === '' && form.mediaUrl === '') {
    return { problem: t('Choose a drawing: patients see it until you upload a video.') };
  }
  const steps = lines(form.instructions);
  if (steps.length === 0) return { problem: t('Write the instructions, one step a line.') };
  if (steps.length > 12) return { problem: t('At most 12 steps.') };
  const numbers = {
    sets: count(form.sets),
    reps: count(form.reps),
    holdSeconds: count(form.holdSeconds),
    durationMinutes: count(form.durationMinutes),
    daysPerWeek: count(form.daysPerWeek),
  };
  if (Object.values(numbers).some((n) => Number.isNaN(n))) return { problem: t('The dosage takes whole numbers.') };
  return {
    draft: {
      slug,
      name: form.name.trim(),
      pillar: form.pillar,
      ...(form.pillar === 'EXERCISE' && form.kind !== '' ? { kind: form.kind } : {}),
      regions: form.regions,
      ...(form.illustration !== '' ? { illustration: form.illustration } : {}),
      ...(form.mediaUrl !== '' ? { mediaUrl: form.mediaUrl } : {}),
      instructions: steps,
      contraindications: lines(form.contraindications),
      defaultDosage: numbers,
    },
  };
}

/** "/api/v1/illustrations/bridge.svg" -> "bridge"; "" for none. */
export function illustrationName(url: string | null | undefined): string {
  return url ? (/([a-z0-9-]+)\.svg$/.exec(url)?.[1] ?? '') : '';
}
