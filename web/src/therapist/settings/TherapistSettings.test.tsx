import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { jsonResponse, problemResponse } from '../../testing/fixtures.ts';
import { TherapistSettings } from './TherapistSettings.tsx';

afterEach(() => vi.unstubAllGlobals());

test('theTherapistChoosesTheHourOfTheirDigestAndSeesItSaved', async () => {
  const fetchMock = vi.fn<typeof fetch>(async (_url, init) => {
    if (init?.method === 'PUT') {
      return jsonResponse(JSON.parse(String(init.body)));
    }
    return jsonResponse({ digestHour: 7, timeZone: 'UTC' });
  });
  vi.stubGlobal('fetch', fetchMock);
  const { container } = render(<TherapistSettings />);
  const hour = await screen.findByLabelText('Send my digest at');
  expect((hour as HTMLSelectElement).value).toBe('7');
  expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(hour, { target: { value: '18' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(container.querySelector('#digest-saved')?.textContent).toContain('18:00 UTC'));
  const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
  expect(put?.[0]).toBe('/api/v1/notifications/alert-preferences');
  expect(JSON.parse(String(put?.[1]?.body))).toEqual({ digestHour: 18, timeZone: 'UTC' });
});

test('aZoneTheServerRefusesIsExplainedNextToTheForm', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (_url, init) =>
      init?.method === 'PUT'
        ? problemResponse(400, 'Invalid request', 'timeZone: not a known time zone')
        : jsonResponse({ digestHour: 7, timeZone: 'UTC' }),
    ),
  );
  render(<TherapistSettings />);
  const hour = await screen.findByLabelText('Send my digest at');
  fireEvent.change(hour, { target: { value: '9' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.getByText(/not a known time zone/)).toBeTruthy());
});
