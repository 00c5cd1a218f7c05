import type { Visit } from '../api/visits.ts';

/** Test data for the call screen (kept apart from fixtures.ts so the visit lists can grow their own). */
export function aVisit(overrides: Partial<Visit> = {}): Visit {
  const start = new Date(Date.now() + 5 * 60_000);
  return {
    id: 'b1d2c3e4-0000-4000-8000-00000000000a',
    therapistName: 'Tess Therapist',
    therapistSubject: 'tess-sub',
    patientId: '0a7e0000-0000-4000-8000-000000000002',
    patientName: 'Pat Patient',
    start: start.toISOString(),
    durationMinutes: 30,
    end: new Date(start.getTime() + 30 * 60_000).toISOString(),
    reason: 'Check the knee exercises',
    status: 'SCHEDULED',
    yourRole: 'patient',
    joinableFrom: new Date(start.getTime() - 10 * 60_000).toISOString(),
    joinableUntil: new Date(start.getTime() + 30 * 60_000).toISOString(),
    joinableNow: true,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    requestedBy: null,
    movedBy: null,
    moveReason: null,
    ...overrides,
  };
}
