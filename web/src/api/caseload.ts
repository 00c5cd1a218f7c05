import { request } from './http.ts';
import { browserZone, type Flag } from './patients.ts';

/** The kind of the check-in a latest pain came from (patient-service CheckInKind). */
export type CheckInKind = 'DAILY' | 'BEFORE' | 'DURING' | 'AFTER' | 'FOLLOW_UP' | string;

/** One patient on the calling therapist's caseload (GET /api/v1/caseload of patient-service). */
export interface CaseloadEntry {
  patientId: string;
  displayName: string;
  conditions: string[];
  /** The most recent check-in, null before any. */
  latestPain: { pain: number; kind: CheckInKind; occurredAt: string } | null;
  adherence: {
    /** Monday of this week (ISO date). */
    weekStart: string;
    sessionsThisWeek: number;
    /** null until the therapist sets the patient's prescribed frequency. */
    prescribedSessionsPerWeek: number | null;
    daysWithDataLast30: number;
    reachesRemoteMonitoringThreshold: boolean;
  };
  /** Flags not yet acknowledged. */
  openFlags: number;
}

/** Days and weeks are counted in the browser's time zone, so "this week" is the therapist's week. */
export function fetchCaseload(signal?: AbortSignal, zone = browserZone()): Promise<CaseloadEntry[]> {
  const path = zone ? `/api/v1/caseload?zone=${encodeURIComponent(zone)}` : '/api/v1/caseload';
  return request<CaseloadEntry[]>(path, signal ? { signal } : {});
}

/** Treating therapist only; a second acknowledgement answers 409. */
export function acknowledgeFlag(patientId: string, flagId: string): Promise<Flag> {
  const path = `/api/v1/patients/${encodeURIComponent(patientId)}/flags/${encodeURIComponent(flagId)}/acknowledgement`;
  return request<Flag>(path, { method: 'POST' });
}
