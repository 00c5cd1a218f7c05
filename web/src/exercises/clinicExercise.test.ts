import { describe, expect, it } from 'vitest';
import { anExercise } from '../testing/fixtures.ts';
import { draftOf, emptyForm, formOf, slugOf } from './clinicExercise.ts';

describe('the clinic exercise form', () => {
  it('makes a slug the library accepts from any name', () => {
    expect(slugOf('Bridge with a hold!')).toBe('bridge-with-a-hold');
    expect(slugOf('  Übung für den Rücken ')).toBe('ubung-fur-den-rucken');
    expect(slugOf('---')).toBe('');
    expect(slugOf('a'.repeat(100))).toHaveLength(80);
  });

  it('turns lines into steps and text into whole numbers', () => {
    const result = draftOf({
      ...emptyForm(),
      name: ' Wall sit ',
      regions: ['knee'],
      illustration: 'wall-sit',
      instructions: 'Lean on a wall.\n\n  Slide down until your knees bend.  \n',
      contraindications: 'Knee pain above 3/10',
      sets: '3',
      reps: '',
      holdSeconds: '30',
    });
    expect(result).toEqual({
      draft: {
        slug: 'wall-sit',
        name: 'Wall sit',
        pillar: 'EXERCISE',
        kind: 'STRENGTH',
        regions: ['knee'],
        illustration: 'wall-sit',
        instructions: ['Lean on a wall.', 'Slide down until your knees bend.'],
        contraindications: ['Knee pain above 3/10'],
        defaultDosage: { sets: 3, reps: null, holdSeconds: 30, durationMinutes: null, daysPerWeek: 3 },
      },
    });
  });

  it('says what is missing before anything is sent', () => {
    expect(draftOf({ ...emptyForm(), name: 'x' })).toEqual({ problem: 'Give the exercise a name.' });
    expect(draftOf({ ...emptyForm(), name: 'Wall sit' })).toEqual({ problem: 'Choose at least one body area.' });
    expect(draftOf({ ...emptyForm(), name: 'Wall sit', regions: ['knee'] })).toEqual({
      problem: 'Choose a drawing: patients see it until you upload a video.',
    });
    const ready = { ...emptyForm(), name: 'Wall sit', regions: ['knee'], illustration: 'bridge' };
    expect(draftOf(ready)).toEqual({ problem: 'Write the instructions, one step a line.' });
    expect(draftOf({ ...ready, instructions: 'a', sets: '2.5' })).toEqual({
      problem: 'The dosage takes whole numbers.',
    });
  });

  it('keeps an edited exercise its slug and drops the kind outside the exercise pillar', () => {
    const form = formOf(
      anExercise({
        slug: 'old-slug',
        name: 'Renamed',
        pillar: 'STRETCHING',
        instructions: ['Hold it.'],
        demonstration: { illustrationUrl: '/api/v1/illustrations/quad-stretch.svg', mediaUrl: null, upload: null },
      }),
    );
    expect(form.illustration).toBe('quad-stretch');
    const result = draftOf({ ...form, regions: ['knee'] });
    expect('draft' in result && result.draft.slug).toBe('old-slug');
    expect('draft' in result && 'kind' in result.draft).toBe(false);
  });
});
