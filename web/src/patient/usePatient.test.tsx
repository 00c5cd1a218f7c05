import 'fake-indexeddb/auto';
import { render, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { aPatientRecord, aPendingFollowUp, jsonResponse } from '../testing/fixtures.ts';
import { loadMyRecord, usePatientServices, type Delivery, type PatientServices } from './usePatient.ts';
import type { Me } from '../api/session.ts';

let services: PatientServices | null = null;

function Probe({ record }: { record: ReturnType<typeof aPatientRecord> }) {
  const result = usePatientServices(record);
  services = result && !('failed' in result) ? result : null;
  return null;
}

afterEach(() => {
  services = null;
});

test('pendingFollowUpsComeFromTheServerAndTheZoneIsSetOnceAtFirstSignIn', async () => {
  const calls: { url: string; method: string; body?: string }[] = [];
  const pending = [aPendingFollowUp()];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (url, init) => {
      const entry: { url: string; method: string; body?: string } = { url: String(url), method: init?.method ?? 'GET' };
      if (typeof init?.body === 'string') entry.body = init.body;
      calls.push(entry);
      if (String(url).endsWith('/follow-ups')) return jsonResponse(pending);
      if (String(url).endsWith('/time-zone'))
        return jsonResponse(aPatientRecord({ timeZone: 'Europe/Berlin', timeZoneSetAt: '2026-11-26T10:00:00Z' }));
      return jsonResponse([]);
    }),
  );
  render(<Probe record={aPatientRecord({ timeZone: 'UTC', timeZoneSetAt: null })} />);
  await waitFor(() => expect(services?.followUps).toEqual(pending));
  const zone = calls.find((c) => c.url.endsWith('/time-zone'));
  expect(zone?.method).toBe('PUT');
  expect(JSON.parse(zone?.body ?? '{}')).toEqual({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  await waitFor(() => expect(services?.record.timeZoneSetAt).toBe('2026-11-26T10:00:00Z'));
});

test('aSendSaysDeliveredWithTheServersAnswerOrWaitingWhenThereIsNoConnection', async () => {
  let online = true;
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (url) => {
      if (String(url).endsWith('/follow-ups')) return jsonResponse([]);
      if (!online) throw new TypeError('Failed to fetch');
      return jsonResponse({ id: 'c1', advice: [{ code: 'CALL_EMERGENCY', text: 'Call 112.' }] }, 201);
    }),
  );
  render(<Probe record={aPatientRecord({ id: 'p-send' })} />);
  await waitFor(() => expect(services).not.toBeNull());
  const entry = (key: string) => ({
    kind: 'check-in' as const,
    key,
    patientId: 'p-send',
    label: 'Pain today',
    body: { kind: 'DAILY' as const, pain: 7, redFlags: ['CHEST_SYMPTOMS' as const] },
  });
  const delivered: Delivery = await services!.send(entry('k-online'));
  expect(delivered).toEqual({
    state: 'delivered',
    answer: { id: 'c1', advice: [{ code: 'CALL_EMERGENCY', text: 'Call 112.' }] },
  });
  online = false;
  expect(await services!.send(entry('k-offline'))).toEqual({ state: 'waiting' });
  await waitFor(() => expect(services?.waiting.map((e) => e.key)).toEqual(['k-offline']));
});

test('aSlowServerDoesNotKeepThePatientWaitingPastTheGivenTime', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (url) =>
      String(url).endsWith('/follow-ups') ? jsonResponse([]) : new Promise<Response>(() => undefined),
    ),
  );
  render(<Probe record={aPatientRecord({ id: 'p-slow' })} />);
  await waitFor(() => expect(services).not.toBeNull());
  const started = Date.now();
  const delivery = await services!.send(
    {
      kind: 'check-in',
      key: 'k-slow',
      patientId: 'p-slow',
      label: 'Pain today',
      body: { kind: 'DAILY', pain: 6, redFlags: ['NIGHT_PAIN'] },
    },
    50,
  );
  expect(delivery).toEqual({ state: 'waiting' });
  expect(Date.now() - started).toBeLessThan(2000);
});

test('theRecordIsKeptInIndexedDbNotLocalStorageAndOpensTheAppWithoutAConnection', async () => {
  const me: Me = { subject: 'pat-offline', username: 'pat', name: 'Pat', email: 'pat@example.org', roles: ['patient'] };
  const record = aPatientRecord({ id: 'p-offline', subject: 'pat-offline' });
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => jsonResponse(record)),
  );
  expect((await loadMyRecord(me, new AbortController().signal)).id).toBe('p-offline');
  expect(Object.keys(localStorage).filter((key) => key.startsWith('motus'))).toEqual([]);

  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))),
  );
  expect((await loadMyRecord(me, new AbortController().signal)).id).toBe('p-offline');
  const stranger = { ...me, subject: 'someone-else' };
  await expect(loadMyRecord(stranger, new AbortController().signal)).rejects.toBeTruthy();
});
