import { describe, expect, it } from 'vitest';
import { aProtocol, aWarning } from '../../testing/therapistFixtures.ts';
import {
  attachFindings,
  contraindicationsFor,
  needsLoadReason,
  publishBody,
  dosageFields,
  findingText,
  fromProtocol,
  hasBlocking,
  insertInSection,
  sectionFor,
  sectionsOf,
  moveItem,
  removeItem,
  toDraftInput,
} from './editorItems.ts';

describe('ordering plan items', () => {
  it('moves an item up and down by one place', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list as it is when the move would leave it', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 5, -1)).toEqual(['a', 'b']);
  });

  it('removes one item', () => {
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('the draft body', () => {
  it('starts from a protocol in its position order and sends items in the edited order', () => {
    const protocol = aProtocol();
    const reversed = { ...protocol, items: [...protocol.items].reverse() };
    const items = fromProtocol(reversed);
    expect(items.map((i) => i.exerciseName)).toEqual(['Hamstring stretch', 'Brisk walk']);
    const draft = toDraftInput(moveItem(items, 1, -1), '  From the protocol ');
    expect(draft.items.map((i) => i.exerciseId)).toEqual([
      'e0000000-0000-4000-8000-000000000001',
      'e0000000-0000-4000-8000-000000000005',
    ]);
    expect(draft.changeNote).toBe('From the protocol');
    expect(draft.items[1]).toEqual({
      exerciseId: 'e0000000-0000-4000-8000-000000000005',
      section: 'Daily core routine',
      notes: 'Each leg.',
      dosage: { sets: 2, holdSeconds: 30, daysPerWeek: 7 },
    });
  });

  it('leaves out empty dosage fields, sections and notes rather than sending nulls', () => {
    const [item] = fromProtocol(aProtocol());
    const draft = toDraftInput(
      [{ ...item!, section: ' ', notes: '', dosage: { sets: 2, reps: null, weekdays: [] } }],
      '',
    );
    expect(draft).toEqual({ items: [{ exerciseId: item!.exerciseId, dosage: { sets: 2 } }] });
  });
});

describe('dosage fields offered', () => {
  it('offers the fields that fit the kind of item', () => {
    expect(dosageFields({ pillar: 'STRETCHING', kind: null, dosage: {} })).toContain('holdSeconds');
    expect(dosageFields({ pillar: 'STRETCHING', kind: null, dosage: {} })).not.toContain('loadKg');
    expect(dosageFields({ pillar: 'EXERCISE', kind: 'AEROBIC', dosage: {} })).toContain('targetZoneHighPercent');
    expect(dosageFields({ pillar: 'EXERCISE', kind: 'STRENGTH', dosage: {} })).toContain('loadKg');
  });

  it('never hides a field that already has a value', () => {
    expect(dosageFields({ pillar: 'RESTORATION', kind: null, dosage: { holdSeconds: 20 } })).toContain('holdSeconds');
  });
});

describe("the service's dosage findings", () => {
  it('files warnings under the item they name, so they follow the item when it moves', () => {
    const findings = attachFindings(
      ['first', 'second'],
      [aWarning({ field: 'items[1].dosage.holdSeconds' })],
      [],
      'IMPOSSIBLE',
    );
    expect(findings.byItem['second']).toEqual([
      {
        field: 'holdSeconds',
        severity: 'WARNING',
        message: 'static stretches are usually held 30-60 s; this is 25 s',
        blocks: false,
        code: 'HOLD_OUT_OF_RANGE',
      },
    ]);
    expect(findings.byItem['first']).toBeUndefined();
    expect(hasBlocking(findings)).toBe(false);
  });

  it('treats violations from a refused save as errors that block publishing', () => {
    const findings = attachFindings(
      ['only'],
      [],
      [{ field: 'items[0].dosage.targetZoneHighPercent', message: 'above 80 % is contraindicated' }],
      'CONTRAINDICATED',
    );
    expect(hasBlocking(findings)).toBe(true);
    expect(findingText(findings.byItem['only']![0]!)).toBe(
      'Not allowed: Heart-rate zone to (% of max): above 80 % is contraindicated',
    );
  });

  it('keeps findings that name no known item for the plan as a whole', () => {
    const findings = attachFindings(
      ['only'],
      [],
      [
        { field: 'items[3].exerciseId', message: 'unknown exercise' },
        { field: 'changeNote', message: 'too long' },
      ],
      'IMPOSSIBLE',
    );
    expect(findings.general.map((f) => f.field)).toEqual(['items[3].exerciseId', 'changeNote']);
    expect(findingText(findings.general[1]!)).toBe('Error: changeNote: too long');
  });

  it('words a warning with the field label a therapist sees', () => {
    const findings = attachFindings(['only'], [aWarning()], [], 'IMPOSSIBLE');
    expect(findingText(findings.byItem['only']![0]!)).toBe(
      'Warning: Hold (seconds): static stretches are usually held 30-60 s; this is 25 s',
    );
  });
});

describe('load increases and contraindications (rules 15 and 20)', () => {
  const loadWarning = aWarning({
    field: 'items[1].dosage.loadKg',
    code: 'LOAD_INCREASE_NEEDS_REASON',
    message: 'load 6 kg is more than 10 % above 5 kg',
  });

  it('sends a reason per item that needs one, keyed by its place in the order sent', () => {
    const findings = attachFindings(['a', 'b', 'c'], [loadWarning], [], 'IMPOSSIBLE');
    expect(needsLoadReason(findings.byItem['b'])).toBe(true);
    expect(needsLoadReason(findings.byItem['a'])).toBe(false);
    const items = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
    expect(publishBody(items, findings, { a: 'not needed', b: '  Tolerated 5 kg well for 3 weeks ' })).toEqual({
      loadIncreaseReasons: { 'items[1]': 'Tolerated 5 kg well for 3 weeks' },
    });
    expect(publishBody(items, findings, { b: '   ' })).toBeUndefined();
    expect(publishBody(items, attachFindings(['a'], [], [], 'IMPOSSIBLE'), {})).toBeUndefined();
  });

  it('a 422 for a missing reason is shown on the item but does not block the next try', () => {
    const findings = attachFindings(
      ['a', 'b'],
      [],
      [{ field: 'items[1].dosage.loadKg', message: 'needs a reason', code: 'LOAD_INCREASE_NEEDS_REASON' }],
      'CONTRAINDICATED',
    );
    expect(findings.byItem['b']?.[0]).toMatchObject({
      field: 'loadKg',
      code: 'LOAD_INCREASE_NEEDS_REASON',
      blocks: false,
    });
    expect(hasBlocking(findings)).toBe(false);
  });

  it('matches an exercise contraindications against the patient conditions', () => {
    expect(
      contraindicationsFor({ contraindicatedConditions: ['FIBROMYALGIA', 'HIP_OA'] }, ['LOW_BACK', 'HIP_OA']),
    ).toEqual(['HIP_OA']);
    expect(contraindicationsFor({ contraindicatedConditions: [] }, ['LOW_BACK'])).toEqual([]);
  });
});

describe('adding from the library into a section', () => {
  const item = (
    key: string,
    section: string,
    pillar: 'EXERCISE' | 'STRETCHING',
    kind: 'STRENGTH' | 'AEROBIC' | null = null,
  ) => ({
    key,
    exerciseId: key,
    exerciseName: key,
    pillar,
    kind,
    section,
    dosage: {},
    notes: '',
  });
  const plan = [
    item('a', 'Core', 'EXERCISE', 'STRENGTH'),
    item('b', 'Core', 'STRETCHING'),
    item('c', 'Walking', 'EXERCISE', 'AEROBIC'),
  ];

  it('lists each section once in plan order', () => {
    expect(sectionsOf([...plan, item('d', ' ', 'STRETCHING'), item('e', 'Core', 'STRETCHING')])).toEqual([
      'Core',
      'Walking',
    ]);
  });

  it('picks the section holding items of the same type, and no section when none has one', () => {
    expect(sectionFor(plan, { pillar: 'STRETCHING' })).toBe('Core');
    expect(sectionFor(plan, { pillar: 'EXERCISE', kind: 'AEROBIC' })).toBe('Walking');
    expect(sectionFor(plan, { pillar: 'EXERCISE', kind: 'STRENGTH' })).toBe('Core');
    expect(sectionFor(plan, { pillar: 'RESTORATION' })).toBe('');
  });

  it('inserts after the last item of its section, or at the end for a new or empty section', () => {
    expect(insertInSection(plan, item('x', 'Core', 'STRETCHING')).map((i) => i.key)).toEqual(['a', 'b', 'x', 'c']);
    expect(insertInSection(plan, item('y', 'New', 'STRETCHING')).map((i) => i.key)).toEqual(['a', 'b', 'c', 'y']);
    expect(insertInSection(plan, item('z', '', 'STRETCHING')).map((i) => i.key)).toEqual(['a', 'b', 'c', 'z']);
  });
});
