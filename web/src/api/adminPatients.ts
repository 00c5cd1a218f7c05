import { request } from './http.ts';
import { queryString } from './adminStaff.ts';

import type { components } from './generated/patient-service.ts';

type Schemas = components['schemas'];

/** A patient as the admin sees them: no clinical data (patient-service PatientSummary). */
export type PatientSummary = Schemas['PatientSummary'];

/** One page of the admin's patient list (patient-service PatientSummaryPage). */
export type PatientSummaryPage = Schemas['PatientSummaryPage'];

export type PatientStatus = Schemas['Status'];

/** What an admin's change answers with: the record without clinical fields (patient-service PatientSummary, ADR 0030). */
export type ChangedRecord = Schemas['PatientSummary'];

export type CareTeamMember = Schemas['CareTeamMemberView'];
export type TransferRequest = Schemas['TransferRequest'];
export type Transfer = Schemas['TransferView'];

export interface PatientQuery {
  query?: string;
  status?: PatientStatus;
  cursor?: string | null;
  limit?: number;
}

const base = '/api/v1/patients';
const id = (patientId: string) => `${base}/${encodeURIComponent(patientId)}`;

/** Admin: patients by name, a page at a time. */
export function fetchPatientDirectory(query: PatientQuery = {}, signal?: AbortSignal): Promise<PatientSummaryPage> {
  return request<PatientSummaryPage>(`${base}/directory${queryString({ ...query })}`, signal ? { signal } : {});
}

/** Admin: the name the record is shown by. */
export function renamePatient(patientId: string, displayName: string): Promise<ChangedRecord> {
  return request<ChangedRecord>(`${id(patientId)}/details`, { method: 'PUT', body: { displayName } });
}

/** The record becomes read-only and leaves the caseload; a second discharge is a 409. */
export function dischargeByAdmin(patientId: string, note: string): Promise<ChangedRecord> {
  return request<ChangedRecord>(`${id(patientId)}/discharge`, { method: 'POST', body: note ? { note } : {} });
}

/** Back into care; a patient in care is a 409. */
export function reactivatePatient(patientId: string): Promise<ChangedRecord> {
  return request<ChangedRecord>(`${id(patientId)}/reactivation`, { method: 'POST' });
}

/** Admin: put a therapist on the care team (422 unless a therapist account). */
export function assignTherapist(patientId: string, therapistSubject: string): Promise<CareTeamMember> {
  return request<CareTeamMember>(`${id(patientId)}/care-team/${encodeURIComponent(therapistSubject)}`, {
    method: 'PUT',
  });
}

/** Admin: hand the patient from one therapist to another with a note, in one step. */
export function transferCare(patientId: string, transfer: TransferRequest): Promise<Transfer> {
  return request<Transfer>(`${id(patientId)}/care-team/transfer`, { method: 'POST', body: transfer });
}
