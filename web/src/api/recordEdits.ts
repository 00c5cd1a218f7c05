import { request } from './http.ts';
import type { components } from './generated/patient-service.ts';
import type { PatientRecord } from './patients.ts';

/** The record-edit screen's writes (issue 13 item 2); the shapes are patient-service's, generated. */
type Schemas = components['schemas'];

export type ClinicalFields = Schemas['ClinicalFields'];
export type GoalsAndContact = Schemas['GoalsAndContact'];

const patientPath = (id: string) => `/api/v1/patients/${encodeURIComponent(id)}`;

/** The treating therapist: date of birth, conditions, baseline pain. */
export function editClinical(id: string, fields: ClinicalFields): Promise<PatientRecord> {
  return request<PatientRecord>(`${patientPath(id)}/clinical`, { method: 'PUT', body: fields });
}

/** The treating therapist: sessions a week that adherence compares against (1-50). */
export function setPrescribedFrequency(id: string, sessionsPerWeek: number): Promise<PatientRecord> {
  return request<PatientRecord>(`${patientPath(id)}/prescribed-frequency`, {
    method: 'PUT',
    body: { sessionsPerWeek },
  });
}

/** The patient or the treating therapist: goals and contact details. */
export function editGoalsAndContact(id: string, body: GoalsAndContact): Promise<PatientRecord> {
  return request<PatientRecord>(`${patientPath(id)}/goals-and-contact`, { method: 'PUT', body });
}
