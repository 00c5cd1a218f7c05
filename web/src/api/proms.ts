import { request, requestAll } from './http.ts';

import type { components } from './generated/patient-service.ts';

type Schemas = components['schemas'];

/** The PROMs Motus scores (clinical-rules.md §19): PSFS and PEG_3. */
export type Instrument = Schemas['Instrument'];
/** A scored response (patient-service PromView). */
export type PromResponse = Schemas['PromView'];
/** One answered item: a PSFS activity or a PEG-3 item code, rated 0-10. */
export type PromItem = Schemas['PromItem'];
/** What the patient sends; the server scores it (patient-service PromRequest). */
export type NewPromResponse = Schemas['PromRequest'];
/** A PROM due now (baseline, or 2 weeks after the last answer). */
export type DueProm = Schemas['DuePromView'];
/** Baseline, latest, change and whether it reaches the MCID, per instrument. */
export type PromSummary = Schemas['PromSummaryView'];
/** The therapist's choices: the regular schedule per instrument and the assignments not yet answered. */
export type PromAssignments = Schemas['PromAssignmentsView'];
/** An assignment waiting for the patient's answer. */
export type PromAssignment = Schemas['PromAssignmentView'];
/** Why a therapist asks for a PROM now. */
export type AssignmentReason = Schemas['AssignmentReason'];
/** One instrument and whether it runs on the regular schedule. */
export type ScheduleChoice = Schemas['ScheduleChoice'];

const base = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}/proms`;

export function fetchDueProms(patientId: string, signal: AbortSignal): Promise<DueProm[]> {
  return request<DueProm[]>(`${base(patientId)}/due`, { signal });
}

export function fetchProms(patientId: string, signal: AbortSignal): Promise<PromResponse[]> {
  return requestAll<PromResponse>(base(patientId), { signal });
}

export function fetchPromSummary(patientId: string, signal: AbortSignal): Promise<PromSummary[]> {
  return request<PromSummary[]>(`${base(patientId)}/summary`, { signal });
}

const assignmentsPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}/prom-assignments`;

export function fetchPromAssignments(patientId: string, signal?: AbortSignal): Promise<PromAssignments> {
  return request<PromAssignments>(assignmentsPath(patientId), signal ? { signal } : {});
}

/** The therapist asks for an instrument now; an open assignment of it is kept (the server answers it). */
export function assignProm(
  patientId: string,
  instrument: Instrument,
  reason: AssignmentReason,
): Promise<PromAssignment> {
  return request<PromAssignment>(assignmentsPath(patientId), { method: 'POST', body: { instrument, reason } });
}

export function withdrawPromAssignment(patientId: string, assignmentId: string): Promise<void> {
  return request<void>(`${assignmentsPath(patientId)}/${encodeURIComponent(assignmentId)}`, { method: 'DELETE' });
}

/** Turns the regular schedule (baseline, then every 2 weeks) on or off for the instruments named. */
export function choosePromSchedule(patientId: string, instruments: ScheduleChoice[]): Promise<PromAssignments> {
  return request<PromAssignments>(`${assignmentsPath(patientId)}/schedule`, { method: 'PUT', body: { instruments } });
}

/** Sends a completed PROM; the key makes a retry safe (the server stores it once). */
export function answerProm(patientId: string, answer: NewPromResponse, idempotencyKey: string): Promise<PromResponse> {
  return request<PromResponse>(base(patientId), {
    method: 'POST',
    body: answer,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** The PEG-3 items in the order the instrument fixes (Krebs 2009), with the words the patient reads. */
export const pegItems: { item: string; question: string; low: string; high: string }[] = [
  {
    item: 'pain',
    question: 'What number best describes your pain on average in the past week?',
    low: 'No pain',
    high: 'Pain as bad as you can imagine',
  },
  {
    item: 'enjoyment',
    question: 'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
    low: 'Does not interfere',
    high: 'Completely interferes',
  },
  {
    item: 'activity',
    question: 'What number best describes how, during the past week, pain has interfered with your general activity?',
    low: 'Does not interfere',
    high: 'Completely interferes',
  },
];

export const instrumentNames: Record<Instrument, string> = {
  PSFS: 'What you can do (PSFS)',
  PEG_3: 'Pain and its effect on your life (PEG)',
};
