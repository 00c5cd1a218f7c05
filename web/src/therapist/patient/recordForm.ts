import { ApiError } from '../../api/http.ts';
import type { Condition, ContactChannel, PatientRecord } from '../../api/patients.ts';
import type { ClinicalFields, GoalsAndContact } from '../../api/recordEdits.ts';
import { violationsOf } from '../format.ts';
import { t } from '../../i18n/i18n.ts';

/** Every condition code patient-service knows (the compiler checks the list against the generated type). */
export const conditions = [
  'LOW_BACK',
  'NECK_SHOULDER',
  'KNEE_OA',
  'HIP_OA',
  'SCIATICA',
  'FIBROMYALGIA',
  'OTHER',
] as const satisfies readonly Condition[];

export const channels = ['APP', 'EMAIL', 'SMS', 'PHONE'] as const satisfies readonly ContactChannel[];

// Fails to compile when the server adds a code the lists above lack.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
const conditionsComplete: Missing<Condition, (typeof conditions)[number]> = true;
const channelsComplete: Missing<ContactChannel, (typeof channels)[number]> = true;
export const listsComplete = conditionsComplete && channelsComplete;

/** The record's editable fields as the inputs hold them (text, so a half-typed value is kept). */
export interface RecordForm {
  dateOfBirth: string;
  conditions: Condition[];
  baselinePain: string;
  sessionsPerWeek: string;
  timeZone: string;
  goals: string;
  preferredChannel: ContactChannel;
  email: string;
  phone: string;
}

export function formOf(record: PatientRecord): RecordForm {
  return {
    dateOfBirth: record.dateOfBirth ?? '',
    conditions: [...record.conditions],
    baselinePain: record.baselinePain === null ? '' : String(record.baselinePain),
    sessionsPerWeek: record.prescribedSessionsPerWeek === null ? '' : String(record.prescribedSessionsPerWeek),
    timeZone: record.timeZone,
    goals: record.goals ?? '',
    preferredChannel: record.contact.preferredChannel ?? 'APP',
    email: record.contact.email ?? '',
    phone: record.contact.phone ?? '',
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A whole number as typed: empty is null; anything else that is not a whole number is refused before sending. */
export function wholeNumber(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/** The clinical fields to send, or the field that is not a whole number. */
export function clinicalOf(form: RecordForm): ClinicalFields | { invalid: 'baselinePain' } {
  const baselinePain = wholeNumber(form.baselinePain);
  if (baselinePain === 'invalid') return { invalid: 'baselinePain' };
  return { dateOfBirth: blankToNull(form.dateOfBirth), conditions: form.conditions, baselinePain };
}

export function goalsAndContactOf(form: RecordForm): GoalsAndContact {
  return {
    goals: blankToNull(form.goals),
    contact: {
      preferredChannel: form.preferredChannel,
      email: blankToNull(form.email),
      phone: blankToNull(form.phone),
    },
  };
}

/** What went wrong with a save: messages per field (the server's violations), and one for the whole form. */
export interface SaveProblems {
  fields: Record<string, string>;
  form: string | null;
}

export const noProblems: SaveProblems = { fields: {}, form: null };

export function problemsOf(error: unknown): SaveProblems {
  if (!(error instanceof ApiError)) {
    return { fields: {}, form: t('Not saved: Motus is not answering. Check the connection and try again.') };
  }
  const fields: Record<string, string> = {};
  for (const violation of violationsOf(error.problem.extensions)) {
    if (violation.field) fields[violation.field] = violation.message;
  }
  if (Object.keys(fields).length > 0) return { fields, form: null };
  return { fields, form: t('Not saved: {reason}', { reason: error.problem.detail ?? error.problem.title }) };
}
