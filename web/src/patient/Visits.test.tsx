import { render, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import type { Visit } from '../api/visits.ts';
import { jsonResponse } from '../testing/fixtures.ts';
import { Visits } from './Visits.tsx';

function aVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 'v-1',
    therapistName: 'Tess Therapist',
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
