import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { aPatientRecord, jsonResponse } from '../../testing/fixtures.ts';
import { ActivityCeilingPanel } from './ActivityCeilingPanel.tsx';

const initial = { painCeiling: 3, default: true, reason: null, setBy: null, setAt: null };

test('aCeilingNeedsAReasonBeforeAnythingIsSent', async () => {
  const fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  const { container } = render(<ActivityCeilingPanel patientId="p1" initial={initial} />);
  fireEvent.input(screen.getByLabelText('Ceiling (0-10)'), { target: { value: '5' } });
  fireEvent.submit(container.querySelector('#ceiling-form')!);
  expect(container.querySelector('#ceiling-reason-error')?.textContent).toContain('reason');
  expect(screen.getByLabelText('Reason (required)').getAttribute('aria-invalid')).toBe('true');
  fireEvent.input(screen.getByLabelText('Ceiling (0-10)'), { target: { value: '11' } });
  fireEvent.input(screen.getByLabelText('Reason (required)'), { target: { value: 'x' } });
  fireEvent.submit(container.querySelector('#ceiling-form')!);
  expect(container.querySelector('#ceiling-ceiling-error')?.textContent).toBe(
    'The ceiling is a whole number from 0 to 10.',
  );
  expect(fetchMock).not.toHaveBeenCalled();
});

test('setsTheCeilingWithItsReasonAndShowsTheOneInForce', async () => {
  const set = {
    painCeiling: 5,
    default: false,
    reason: 'High resting baseline',
    setBy: 'Tess',
    setAt: '2026-11-26T09:00:00Z',
  };
  const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(aPatientRecord({ activityCeiling: set })));
  vi.stubGlobal('fetch', fetchMock);
  const { container } = render(<ActivityCeilingPanel patientId="p1" initial={initial} />);
  fireEvent.input(screen.getByLabelText('Ceiling (0-10)'), { target: { value: '5' } });
  fireEvent.input(screen.getByLabelText('Reason (required)'), { target: { value: 'High resting baseline' } });
  fireEvent.submit(container.querySelector('#ceiling-form')!);
  await waitFor(() =>
    expect(container.querySelector('[data-field="ceiling-in-force"]')?.textContent).toContain('5/10'),
  );
  const [url, init] = fetchMock.mock.calls[0]!;
  expect(url).toBe('/api/v1/patients/p1/activity-ceiling');
  expect(init?.method).toBe('PUT');
  expect(JSON.parse(String(init?.body))).toEqual({ painCeiling: 5, reason: 'High resting baseline' });
  expect(container.querySelector('[data-field="ceiling-in-force"]')?.textContent).toContain('High resting baseline');
  expect(container.querySelector('#reset-ceiling')).not.toBeNull();
});
