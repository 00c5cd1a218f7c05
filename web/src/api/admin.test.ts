import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../testing/fixtures.ts';
import {
  assignTherapist,
  dischargeByAdmin,
  fetchPatientDirectory,
  reactivatePatient,
  renamePatient,
  transferCare,
} from './adminPatients.ts';
import { deactivateStaff, fetchStaff, reactivateStaff, resetStaffAccess } from './adminStaff.ts';
import { fetchPatientAudit, fetchPlanAudit, fetchVisitAudit } from './audit.ts';

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (url.startsWith('/api/v1/visits/audit'))
      return jsonResponse({
        items: [
          {
            id: 'v2',
            occurredAt: '2026-11-03T00:00:00Z',
            actorSubject: 'theo',
            actorRoles: 'therapist',
            action: 'VISIT_NOTE_WRITE',
            visitId: 'visit-2',
            patientId: 'p1',
            outcome: 'SUCCESS',
            detail: null,
          },
          {
            id: 'v1',
            occurredAt: '2026-11-02T00:00:00Z',
            actorSubject: 'theo',
            actorRoles: 'therapist',
            action: 'VISIT_NOTE_READ',
            visitId: 'visit-1',
            patientId: 'p1',
            outcome: 'DENIED',
            detail: 'not on the care team',
          },
        ],
        next: 'visits-2',
      });
    if (url.includes('audit-events')) return jsonResponse({ items: [], next: null });
    return jsonResponse({ items: [], next: null });
  });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => vi.unstubAllGlobals());

const call = (index = 0) => {
  const [url, init] = fetchMock.mock.calls[index] as [string, RequestInit];
  return { url, method: init.method };
};

describe('the admin API calls', () => {
  it('lists staff, patients and audit rows with only the filters that are set', async () => {
    await fetchStaff({ query: 'th eo', role: 'THERAPIST', cursor: null });
    await fetchPatientDirectory({ query: '', status: 'DISCHARGED', cursor: 'abc' });
    await fetchPatientAudit({ patientId: 'p1' }, null);
    await fetchPlanAudit({ action: 'PLAN_READ' }, 'next-1');
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).toEqual([
      '/api/v1/staff?query=th+eo&role=THERAPIST',
      '/api/v1/patients/directory?status=DISCHARGED&cursor=abc',
      '/api/v1/patients/audit-events?patientId=p1&limit=100',
      '/api/v1/plans/audit-events?action=PLAN_READ&cursor=next-1&limit=100',
    ]);
  });

  it('changes staff accounts, records and care teams on their endpoints', async () => {
    await deactivateStaff('a/b');
    await reactivateStaff('theo');
    await resetStaffAccess('theo');
    await renamePatient('p1', 'Pat');
    await dischargeByAdmin('p1', '');
    await reactivatePatient('p1');
    await assignTherapist('p1', 'theo');
    await transferCare('p1', { fromTherapistSubject: 'tess', toTherapistSubject: 'theo', note: 'n' });
    expect(fetchMock.mock.calls.map((_, i) => `${call(i).method} ${call(i).url}`)).toEqual([
      'POST /api/v1/staff/a%2Fb/deactivation',
      'POST /api/v1/staff/theo/reactivation',
      'POST /api/v1/staff/theo/access-reset',
      'PUT /api/v1/patients/p1/details',
      'POST /api/v1/patients/p1/discharge',
      'POST /api/v1/patients/p1/reactivation',
      'PUT /api/v1/patients/p1/care-team/theo',
      'POST /api/v1/patients/p1/care-team/transfer',
    ]);
  });

  it('asks the gateway for its visit rows a page at a time with every filter', async () => {
    const page = await fetchVisitAudit({ patientId: 'p1', actor: 'theo' }, 'visits-1');
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe(
      '/api/v1/visits/audit?patientId=p1&actor=theo&cursor=visits-1&limit=100',
    );
    expect(page.rows.map((row) => [row.id, row.source, row.detail])).toEqual([
      ['v2', 'visits', 'visit visit-2'],
      ['v1', 'visits', 'visit visit-1: not on the care team'],
    ]);
    expect(page.next).toBe('visits-2');
  });
});
