import { request } from './http.ts';

import type { components } from './generated/patient-service.ts';

/** Why and when a patient left care (patient-service DischargeView). */
export type Discharge = components['schemas']['DischargeView'];

/** What the treating therapist or an admin sends to discharge (patient-service DischargeRequest). */
export type DischargeRequest = components['schemas']['DischargeRequest'];

/** The record after a discharge, without clinical fields (patient-service PatientSummary, ADR 0030). */
export type DischargedRecord = components['schemas']['PatientSummary'];

/** Discharges a patient: the record becomes read-only and leaves the active caseload; 409 if discharged already. */
export function dischargePatient(patientId: string, discharge: DischargeRequest): Promise<DischargedRecord> {
  return request<DischargedRecord>(`/api/v1/patients/${encodeURIComponent(patientId)}/discharge`, {
    method: 'POST',
    body: discharge,
  });
}

/**
 * The discharge summary PDF (therapist-service): goals, plan history, pain and function against the
 * baseline, adherence and flags; an interim summary while the patient is still in care.
 */
export function dischargeSummaryUrl(patientId: string): string {
  return `/api/v1/discharge-summaries/${encodeURIComponent(patientId)}`;
}
