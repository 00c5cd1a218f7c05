import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { expect, test, vi } from 'vitest';
import type { Consents } from '../api/consents.ts';
import type { Visit } from '../api/visits.ts';
import { fakePatientServices, jsonResponse } from '../testing/fixtures.ts';
import { ConsentsContext } from './consents.ts';
import { PatientContext } from './usePatient.ts';
import { Visits } from './Visits.tsx';

function aVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 'v-1',
    therapistName: 'Tess Therapist',
    therapistSubject: 'tess-sub',
    patientId: 'p',
    patientName: 'Pat Patient',
    start: '2026-11-27T10:00:00Z',
    durationMinutes: 20,
    end: '2026-11-27T10:20:00Z',
    reason: 'Check the stretches',
    status: 'SCHEDULED',
    yourRole: 'patient',
    joinableFrom: '2026-11-27T09:50:00Z',
    joinableUntil: '2026-11-27T10:20:00Z',
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

test('upcomingVisitsHaveACalendarFileAndJoinOnlyWhenTheServerSaysSo', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () =>
      jsonResponse({
        upcoming: [aVisit({ id: 'now', joinableNow: true }), aVisit({ id: 'later' })],
        past: [aVisit({ id: 'old', status: 'ENDED' })],
      }),
    ),
  );
  const { container } = render(<Visits />);
  await waitFor(() => expect(container.querySelectorAll('#upcoming-visits > li')).toHaveLength(2));
  expect(container.querySelector('[data-visit-id="now"] a[data-action="join"]')?.getAttribute('href')).toBe(
    '/visits/now/call',
  );
  expect(container.querySelector('[data-visit-id="later"] a[data-action="join"]')).toBeNull();
  expect(container.querySelector('[data-visit-id="later"] a[data-action="calendar"]')?.getAttribute('href')).toBe(
    '/api/v1/visits/later/calendar.ics',
  );
  expect(container.querySelector('#past-visits [data-visit-id="old"]')?.textContent).toContain('Took place');
  expect(container.querySelector('#past-visits a[data-action="join"]')).toBeNull();
});

test('aPatientWhoDeclinedTelehealthSeesTheirVisitsWithoutJoinAndMayReadTheConsentAgain', async () => {
  const fetchMock = vi.fn<typeof fetch>(async (url) => {
    if (String(url) === '/api/v1/consent-texts') {
      return jsonResponse([
        {
          kind: 'TELEHEALTH',
          version: '2026-12-01',
          text: 'Consent to telehealth\n\nBy video.',
          sha256: 'a'.repeat(64),
        },
      ]);
    }
    return jsonResponse({ upcoming: [aVisit({ id: 'now', joinableNow: true })], past: [] });
  });
  vi.stubGlobal('fetch', fetchMock);
  const consents: Consents = {
    consents: [
      {
        kind: 'TELEHEALTH',
        currentVersion: '2026-12-01',
        decision: 'DECLINED',
        decidedVersion: '2026-12-01',
        decidedAt: '2026-12-02T08:00:00Z',
        granted: false,
        decisionNeeded: false,
      },
    ],
    decisionNeeded: false,
    history: [],
  };
  const { container } = render(
    <ErrorBoundary>
      <PatientContext.Provider value={fakePatientServices()}>
        <ConsentsContext.Provider value={{ consents, update: () => undefined }}>
          <Visits />
        </ConsentsContext.Provider>
      </PatientContext.Provider>
    </ErrorBoundary>,
  );
  await waitFor(() => expect(container.querySelector('[data-visit-id="now"]')).not.toBeNull());
  expect(container.querySelector('a[data-action="join"]')).toBeNull();
  expect(container.querySelector('#telehealth-declined')?.textContent).toContain('cannot join video visits');
  fireEvent.click(screen.getByRole('button', { name: 'Read the consent to telehealth again' }));
  expect(await screen.findByText('By video.')).toBeTruthy();
  expect(screen.getAllByRole('radio', { name: 'I accept' })).toHaveLength(1);
});

test('aPatientWhoHasNotDecidedOnTelehealthYetHasNoJoinEither', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => jsonResponse({ upcoming: [aVisit({ id: 'now', joinableNow: true })], past: [] })),
  );
  const consents: Consents = {
    consents: [
      {
        kind: 'TELEHEALTH',
        currentVersion: '2026-12-01',
        decision: null,
        decidedVersion: null,
        decidedAt: null,
        granted: false,
        decisionNeeded: true,
      },
    ],
    decisionNeeded: true,
    history: [],
  };
  const { container } = render(
    <ErrorBoundary>
      <PatientContext.Provider value={fakePatientServices()}>
        <ConsentsContext.Provider value={{ consents, update: () => undefined }}>
          <Visits />
        </ConsentsContext.Provider>
      </PatientContext.Provider>
    </ErrorBoundary>,
  );
  await waitFor(() => expect(container.querySelector('[data-visit-id="now"]')).not.toBeNull());
  expect(container.querySelector('a[data-action="join"]')).toBeNull();
  expect(container.querySelector('#telehealth-declined')).not.toBeNull();
});

test('withoutConsentsReadOfflineNothingIsBlocked', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => jsonResponse({ upcoming: [aVisit({ id: 'now', joinableNow: true })], past: [] })),
  );
  const { container } = render(<Visits />);
  await waitFor(() => expect(container.querySelector('a[data-action="join"]')).not.toBeNull());
  expect(container.querySelector('#telehealth-declined')).toBeNull();
});

test('aPatientAsksForOneOfTheFreeTimesAndSaysWhy', async () => {
  const slot = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const requests: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (url, init) => {
      const path = String(url);
      if (path.startsWith('/api/v1/visits/open-slots')) {
        return jsonResponse({
          visitLengthMinutes: 30,
          therapists: [
            { therapistSubject: 'tess-sub', therapistName: 'Tess Therapist', timeZone: 'UTC', slots: [slot] },
          ],
        });
      }
      if (path === '/api/v1/visits/requests') {
        requests.push({ url: path, body: JSON.parse(String(init?.body)) });
        return jsonResponse(aVisit({ id: 'asked', status: 'REQUESTED', start: slot }), 201);
      }
      return jsonResponse({ upcoming: [], past: [] });
    }),
  );
  render(<Visits />);
  fireEvent.click(await screen.findByRole('radio'));
  fireEvent.input(screen.getByLabelText(/What is the visit about/), { target: { value: ' Knee worse ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Ask for this time' }));
  await waitFor(() => expect(requests).toHaveLength(1));
  expect(requests[0]?.body).toEqual({ therapistSubject: 'tess-sub', start: slot, reason: 'Knee worse' });
});

test('aRequestedVisitSaysItWaitsAndCancellingItAsksWhy', async () => {
  const bodies: unknown[] = [];
  const start = new Date(Date.now() + 86_400_000).toISOString();
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (url, init) => {
      const path = String(url);
      if (path.endsWith('/cancel')) {
        bodies.push(JSON.parse(String(init?.body)));
        return jsonResponse(aVisit({ id: 'asked', status: 'CANCELLED' }));
      }
      if (path.startsWith('/api/v1/visits/open-slots')) return jsonResponse({ visitLengthMinutes: 30, therapists: [] });
      return jsonResponse({ upcoming: [aVisit({ id: 'asked', status: 'REQUESTED', start })], past: [] });
    }),
  );
  const { container } = render(<Visits />);
  await waitFor(() => expect(container.querySelector('[data-visit-id="asked"]')).not.toBeNull());
  const card = container.querySelector('[data-visit-id="asked"]')!;
  expect(card.textContent).toContain('waiting for your therapist to confirm');
  expect(card.querySelector('a[data-action="calendar"]')).toBeNull();
  fireEvent.click(card.querySelector('button[data-action="cancel"]')!);
  fireEvent.input(screen.getByLabelText(/Why are you cancelling/), { target: { value: 'Feeling better' } });
  fireEvent.click(screen.getByRole('button', { name: 'Cancel the visit' }));
  await waitFor(() => expect(bodies).toEqual([{ reason: 'Feeling better' }]));
});
