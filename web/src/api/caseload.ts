import { request } from './http.ts';
import type { Flag, RedFlag, Severity } from './patients.ts';

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
  /** The highest severity among the open flags; null when none is open. */
  severity: Severity | null;
  /** Why, in the server's plain sentences ("URGENT: red flag - chest pain, ..."). */
  reasons: string[];
  /** The codes of open RED_FLAG flags (the patient's yes answers). */
  redFlags: RedFlag[];
}

/**
 * Sorted by the server: severity (URGENT first), then the oldest open flag, then name. Days and
 * weeks are each patient's own (the zone on their record, rule 18).
 */
export function fetchCaseload(signal?: AbortSignal): Promise<CaseloadEntry[]> {
  return request<CaseloadEntry[]>('/api/v1/caseload', signal ? { signal } : {});
}

/** Treating therapist only; a second acknowledgement answers 409. */
export function acknowledgeFlag(patientId: string, flagId: string): Promise<Flag> {
  const path = `/api/v1/patients/${encodeURIComponent(patientId)}/flags/${encodeURIComponent(flagId)}/acknowledgement`;
  return request<Flag>(path, { method: 'POST' });
}
