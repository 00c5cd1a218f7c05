import type {
  Dosage,
  DraftInput,
  ExerciseKind,
  Finding,
  LibraryExercise,
  Pillar,
  PlanVersionView,
  Protocol,
  Severity,
  Violation,
} from '../../api/plans.ts';
import { msg, t } from '../../i18n/i18n.ts';

/** One item while the therapist edits it. `key` stays with the item when it moves. */
export interface EditorItem {
  key: string;
  exerciseId: string;
  exerciseName: string;
  pillar: Pillar;
  kind: ExerciseKind | null;
  section: string;
  dosage: Dosage;
  notes: string;
}

let nextKey = 0;
const newKey = () => `item-${++nextKey}`;

type SourceItem = (Protocol['items'] | PlanVersionView['items'])[number];

/** A protocol's or a published version's items, in their order, as fresh editor items. */
function toEditorItems(items: readonly SourceItem[]): EditorItem[] {
  return [...items]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      key: newKey(),
      exerciseId: item.exerciseId,
      exerciseName: item.exerciseName,
      pillar: item.pillar,
      kind: item.kind ?? null,
      section: item.section ?? '',
      dosage: { ...item.dosage },
      notes: item.notes ?? '',
    }));
}

export function fromProtocol(protocol: Protocol): EditorItem[] {
  return toEditorItems(protocol.items);
}

export function fromVersion(version: PlanVersionView): EditorItem[] {
  return toEditorItems(version.items);
}

/** A library exercise added to the plan, with its default dosage to start from. */
export function fromExercise(exercise: LibraryExercise, section = ''): EditorItem {
  return {
    key: newKey(),
    exerciseId: exercise.id,
    exerciseName: exercise.name,
    pillar: exercise.pillar,
    kind: exercise.kind ?? null,
    section,
    dosage: { ...(exercise.defaultDosage ?? {}) },
    notes: '',
  };
}

/** The section headings of the plan, each once, in plan order (items without one are left out). */
export function sectionsOf(items: readonly Pick<EditorItem, 'section'>[]): string[] {
  return [...new Set(items.map((i) => i.section.trim()).filter((s) => s !== ''))];
}

/**
 * The section a library exercise fits: the one holding the most items of its type (its pillar, and
 * for EXERCISE its kind), the first of them on a tie; '' (no section) when no item has that type.
 * The library's type filter picks exercises of one pillar, so this is also the section it implies.
 */
export function sectionFor(
  items: readonly Pick<EditorItem, 'section' | 'pillar' | 'kind'>[],
  exercise: { pillar: Pillar; kind?: ExerciseKind | null | undefined },
): string {
  const kind = exercise.kind ?? null;
  const counts = new Map<string, number>();
  for (const item of items) {
    const section = item.section.trim();
    if (section === '' || item.pillar !== exercise.pillar) continue;
    if (exercise.pillar === 'EXERCISE' && (item.kind ?? null) !== kind) continue;
    counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [section, count] of counts) {
    if (count > most) [best, most] = [section, count];
  }
  return best;
}

/** Adds an item after the last item of its section (at the end when the section is new or empty). */
export function insertInSection(items: readonly EditorItem[], item: EditorItem): EditorItem[] {
  const section = item.section.trim();
  let last = -1;
  if (section !== '')
    items.forEach((other, i) => {
      if (other.section.trim() === section) last = i;
    });
  const at = last < 0 ? items.length : last + 1;
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** Moves the item at `index` by `delta` places (-1 up, +1 down); out of range changes nothing. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  moved.splice(target, 0, item as T);
  return moved;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** The draft body: items in their current order; empty texts and dosage fields left out. */
export function toDraftInput(items: readonly EditorItem[], changeNote: string): DraftInput {
  const draft: DraftInput = {
    items: items.map((item) => {
      const input: DraftInput['items'][number] = { exerciseId: item.exerciseId, dosage: cleanDosage(item.dosage) };
      if (item.section.trim() !== '') input.section = item.section.trim();
      if (item.notes.trim() !== '') input.notes = item.notes.trim();
      return input;
    }),
  };
  if (changeNote.trim() !== '') draft.changeNote = changeNote.trim();
  return draft;
}

function cleanDosage(dosage: Dosage): Dosage {
  const clean: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(dosage)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    clean[field] = value;
  }
  return clean as Dosage;
}

/** The dosage fields the editor offers, by what the item is (plus any field that already has a value). */
export type DosageField =
  | 'sets'
  | 'reps'
  | 'loadKg'
  | 'holdSeconds'
  | 'durationMinutes'
  | 'sessionsPerDay'
  | 'daysPerWeek'
  | 'targetZoneLowPercent'
  | 'targetZoneHighPercent'
  | 'restSeconds';

export const dosageLabels = {
  sets: msg('Sets'),
  reps: msg('Repetitions per set'),
  loadKg: msg('Load (kg)'),
  holdSeconds: msg('Hold (seconds)'),
  durationMinutes: msg('Minutes per session'),
  sessionsPerDay: msg('Sessions per day'),
  daysPerWeek: msg('Days per week'),
  targetZoneLowPercent: msg('Heart-rate zone from (% of max)'),
  targetZoneHighPercent: msg('Heart-rate zone to (% of max)'),
  restSeconds: msg('Rest between sets (seconds)'),
} satisfies Record<DosageField, string>;

const allFields = Object.keys(dosageLabels) as DosageField[];

const fieldsByType: Record<string, DosageField[]> = {
  AEROBIC: ['durationMinutes', 'targetZoneLowPercent', 'targetZoneHighPercent', 'sessionsPerDay', 'daysPerWeek'],
  STRENGTH: ['sets', 'reps', 'loadKg', 'restSeconds', 'durationMinutes', 'sessionsPerDay', 'daysPerWeek'],
  STRETCHING: ['sets', 'holdSeconds', 'restSeconds', 'durationMinutes', 'sessionsPerDay', 'daysPerWeek'],
  RESTORATION: ['durationMinutes', 'sessionsPerDay', 'daysPerWeek'],
};

export function dosageFields(item: Pick<EditorItem, 'pillar' | 'kind' | 'dosage'>): DosageField[] {
  const type = item.pillar === 'EXERCISE' ? (item.kind ?? 'STRENGTH') : item.pillar;
  const offered = new Set(fieldsByType[type] ?? allFields);
  for (const field of allFields) {
    const value = item.dosage[field];
    if (value !== null && value !== undefined) offered.add(field);
  }
  return allFields.filter((field) => offered.has(field));
}

/** What the service said about one field of one item (or about the plan as a whole). */
export interface ItemFinding {
  /** The dosage field or item field it is about, when the path names one. */
  field: string | null;
  severity: Severity;
  message: string;
  /** Hard errors (impossible or contraindicated values) block publishing; warnings do not. */
  blocks: boolean;
  /** The service's code, e.g. LOAD_INCREASE_NEEDS_REASON or CONTRAINDICATED_FOR_CONDITION. */
  code?: string;
}

/** Rule 15: a strength load more than 10 % above the previous published version needs a reason. */
export const loadIncreaseNeedsReason = 'LOAD_INCREASE_NEEDS_REASON';
/** Rule 20: the exercise is contraindicated for one of the patient's conditions (a warning). */
export const contraindicatedForCondition = 'CONTRAINDICATED_FOR_CONDITION';

export function needsLoadReason(findings: readonly ItemFinding[] | undefined): boolean {
  return (findings ?? []).some((f) => f.code === loadIncreaseNeedsReason);
}

/**
 * The publish body: `{"loadIncreaseReasons": {"items[i]": reason}}` for each item (by its place
 * in the order sent) that needs a reason and has one; undefined when there is none to send.
 */
export function publishBody(
  items: readonly Pick<EditorItem, 'key'>[],
  findings: FindingsByItem,
  reasons: Readonly<Record<string, string>>,
): { loadIncreaseReasons: Record<string, string> } | undefined {
  const loadIncreaseReasons: Record<string, string> = {};
  items.forEach((item, i) => {
    const reason = reasons[item.key]?.trim();
    if (reason && needsLoadReason(findings.byItem[item.key])) loadIncreaseReasons[`items[${i}]`] = reason;
  });
  return Object.keys(loadIncreaseReasons).length > 0 ? { loadIncreaseReasons } : undefined;
}

/** Rule 20: the patient's conditions an exercise is contraindicated for (shown when it is added). */
export function contraindicationsFor(
  exercise: Pick<LibraryExercise, 'contraindicatedConditions'>,
  patientConditions: readonly string[],
): string[] {
  return (exercise.contraindicatedConditions ?? []).filter((c) => patientConditions.includes(c));
}

export interface FindingsByItem {
  /** By item key, so a finding stays with its item when the item moves. */
  byItem: Record<string, ItemFinding[]>;
  /** Findings that name no item (e.g. "items: must not be empty"). */
  general: ItemFinding[];
}

const itemPath = /^items\[(\d+)\](?:\.dosage)?(?:\.([A-Za-z]+))?/;

/**
 * Files the service's warnings (from a saved draft) and violations (from a 400 or 422 answer) under
 * the items they name. `itemKeys` are the keys of the items in the order they were sent.
 */
export function attachFindings(
  itemKeys: readonly string[],
  warnings: readonly Finding[],
  violations: readonly Violation[],
  violationSeverity: Severity,
): FindingsByItem {
  const result: FindingsByItem = { byItem: {}, general: [] };
  const file = (path: string, finding: Omit<ItemFinding, 'field'>) => {
    const match = itemPath.exec(path);
    const key = match ? itemKeys[Number(match[1])] : undefined;
    if (match && key !== undefined) {
      (result.byItem[key] ??= []).push({ ...finding, field: match[2] ?? null });
    } else {
      result.general.push({ ...finding, field: path || null });
    }
  };
  for (const warning of warnings) {
    file(warning.field, {
      severity: warning.severity,
      message: warning.message,
      blocks: warning.severity !== 'WARNING',
      code: warning.code,
    });
  }
  for (const violation of violations) {
    // A missing load-increase reason is fixed by giving one, not by editing: it does not block the next try.
    const reasonOnly = violation.code === loadIncreaseNeedsReason;
    file(violation.field, {
      severity: reasonOnly ? 'WARNING' : violationSeverity,
      message: violation.message,
      blocks: !reasonOnly,
      ...(violation.code ? { code: violation.code } : {}),
    });
  }
  return result;
}

export function hasBlocking(findings: FindingsByItem): boolean {
  return (
    findings.general.some((f) => f.blocks) || Object.values(findings.byItem).some((list) => list.some((f) => f.blocks))
  );
}

/** "Warning: hold (seconds): static stretches are usually held 30-60 s" in plain words. */
export function findingText(finding: ItemFinding): string {
  const prefix =
    finding.severity === 'WARNING'
      ? t('Warning')
      : finding.severity === 'CONTRAINDICATED'
        ? t('Not allowed')
        : t('Error');
  const label =
    finding.field && finding.field in dosageLabels ? t(dosageLabels[finding.field as DosageField]) : finding.field;
  return label ? `${prefix}: ${label}: ${finding.message}` : `${prefix}: ${finding.message}`;
}
