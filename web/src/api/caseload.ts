import { request } from './http.ts';

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

export type FlagKind = 'ACTIVITY_CEILING_EXCEEDED' | 'PAIN_NOT_BACK_TO_BASELINE' | string;

/** A flag raised for the treating therapist (as acknowledging it answers it). */
export interface AcknowledgedFlag {
  id: string;
  patientId: string;
  sessionId: string | null;
  kind: FlagKind;
  detail: string;
  raisedAt: string;
  open: boolean;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

/** The browser's time zone, so "this week" is the therapist's week. */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function fetchCaseload(signal?: AbortSignal, zone = browserZone()): Promise<CaseloadEntry[]> {
  const path = `/api/v1/caseload?zone=${encodeURIComponent(zone)}`;
  return request<CaseloadEntry[]>(path, signal ? { signal } : {});
}

/** Treating therapist only; a second acknowledgement answers 409. */
export function acknowledgeFlag(patientId: string, flagId: string): Promise<AcknowledgedFlag> {
  const path = `/api/v1/patients/${encodeURIComponent(patientId)}/flags/${encodeURIComponent(flagId)}/acknowledgement`;
  return request<AcknowledgedFlag>(path, { method: 'POST' });
}
