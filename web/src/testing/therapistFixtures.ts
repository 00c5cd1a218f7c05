import type { CaseloadEntry } from '../api/caseload.ts';
import type { Finding, PlanVersionView, Protocol } from '../api/plans.ts';
import type { Visit } from '../api/visits.ts';

/** Test data for the therapist screens (beside fixtures.ts, to keep the two apps' test data apart). */

export function aCaseloadEntry(overrides: Partial<CaseloadEntry> = {}): CaseloadEntry {
  return {
    patientId: '0a7e0000-0000-4000-8000-000000000002',
    displayName: 'Pat Patient',
    timeZone: 'Europe/Berlin',
    conditions: ['LOW_BACK'],
    latestPain: { pain: 2, kind: 'DAILY', occurredAt: '2026-11-26T08:10:00Z' },
    adherence: {
      weekStart: '2026-11-23',
      sessionsThisWeek: 2,
      prescribedSessionsPerWeek: 4,
      daysWithDataLast30: 22,
      reachesRemoteMonitoringThreshold: true,
    },
    openFlags: 0,
    severity: null,
    oldestOpenFlagAt: null,
    reasons: [],
    redFlags: [],
    ...overrides,
  };
}

export function aProtocol(overrides: Partial<Protocol> = {}): Protocol {
  return {
    id: '0c7a2d2f-4b1b-4d2f-8e2b-000000000001',
    slug: 'low-back-pain',
    name: 'Low back pain',
    conditions: ['LOW_BACK'],
    summary: 'Walking, core work and stretches.',
    evidence: 'clinical-rules.md',
    clinicTemplate: false,
    madeBy: null,
    items: [
      {
        position: 1,
        section: 'Daily core routine',
        exerciseId: 'e0000000-0000-4000-8000-000000000005',
        exerciseSlug: 'hamstring-stretch',
        exerciseName: 'Hamstring stretch',
        pillar: 'STRETCHING',
        kind: null,
        dosage: { sets: 2, holdSeconds: 30, daysPerWeek: 7 },
        notes: 'Each leg.',
        illustrationUrl: '/api/v1/illustrations/supine-leg.svg',
      },
      {
        position: 2,
        section: 'Walking',
        exerciseId: 'e0000000-0000-4000-8000-000000000001',
        exerciseSlug: 'brisk-walk',
        exerciseName: 'Brisk walk',
        pillar: 'EXERCISE',
        kind: 'AEROBIC',
        dosage: { durationMinutes: 30, daysPerWeek: 5, targetZoneLowPercent: 65, targetZoneHighPercent: 75 },
        notes: null,
        illustrationUrl: null,
      },
    ],
    ...overrides,
  };
}

export function aWarning(overrides: Partial<Finding> = {}): Finding {
  return {
    field: 'items[0].dosage.holdSeconds',
    severity: 'WARNING',
    code: 'HOLD_OUT_OF_RANGE',
    message: 'static stretches are usually held 30-60 s; this is 25 s',
    ...overrides,
  };
}

export function aDraftVersion(overrides: Partial<PlanVersionView> = {}): PlanVersionView {
  return {
    planId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    patientId: '0a7e0000-0000-4000-8000-000000000003',
    title: 'Home programme',
    version: 1,
    status: 'DRAFT',
    active: false,
    createdAt: '2026-11-26T09:00:00Z',
    items: [],
    warnings: [],
    ...overrides,
  };
}

export function aVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 'v1510000-0000-4000-8000-000000000001',
    therapistName: 'Tess Therapist',
    therapistSubject: 'tess-sub',
    patientId: '0a7e0000-0000-4000-8000-000000000002',
    patientName: 'Pat Patient',
    start: '2026-11-27T10:00:00Z',
    durationMinutes: 30,
    end: '2026-11-27T10:30:00Z',
    reason: 'Review',
    status: 'SCHEDULED',
    yourRole: 'therapist',
    joinableFrom: '2026-11-27T09:50:00Z',
    joinableUntil: '2026-11-27T10:30:00Z',
    joinableNow: false,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    requestedBy: null,
    movedBy: null,
    moveReason: null,
    ...overrides,
  };
}
