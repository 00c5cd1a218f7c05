import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import type { PromAssignments } from '../../api/proms.ts';
import { jsonResponse, problemResponse } from '../../testing/fixtures.ts';
import { PromAssignmentsPanel } from './PromAssignmentsPanel.tsx';

const nothingAsked: PromAssignments = {
  schedule: [
    { instrument: 'PSFS', everyTwoWeeks: true },
    { instrument: 'PEG_3', everyTwoWeeks: true },
  ],
  open: [],
};

const psfsForDischarge: PromAssignments = {
  ...nothingAsked,
  open: [
    {
      id: 'a1',
      instrument: 'PSFS',
      reason: 'DISCHARGE',
      assignedAt: '2026-12-04T15:00:00Z',
      assignedBy: 'tess',
    },
  ],
};

function calls(fetchMock: ReturnType<typeof vi.fn>): string[] {
  return fetchMock.mock.calls.map(
    ([url, init]) => `${(init as RequestInit | undefined)?.method ?? 'GET'} ${String(url)}`,
  );
}

test('askForTheDischargeMeasuresAssignsEveryInstrumentForDischargeAndShowsThemWaiting', async () => {
  let posted = 0;
  const fetchMock = vi.fn<typeof fetch>(async (_url, init) => {
    if (init?.method === 'POST') {
      posted += 1;
      return jsonResponse({}, 201);
    }
    return jsonResponse(posted > 0 ? psfsForDischarge : nothingAsked);
  });
  vi.stubGlobal('fetch', fetchMock);
  const { container } = render(<PromAssignmentsPanel patientId="p1" readOnly={false} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Ask for the discharge measures' }));
  expect(await screen.findByText('Asked for the discharge measures: the patient sees them on Today.')).toBeTruthy();
  const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([, init]) => init?.body);
  expect(posts).toEqual([
    JSON.stringify({ instrument: 'PSFS', reason: 'DISCHARGE' }),
    JSON.stringify({ instrument: 'PEG_3', reason: 'DISCHARGE' }),
  ]);
  expect(container.querySelector('[data-instrument="PSFS"] [data-field="prom-assigned"]')?.textContent).toMatch(
    /^Asked for discharge on .*, not answered yet\./,
  );
  expect(container.querySelector('[data-ask="PEG_3"]')).toBeTruthy();
});

test('turningTheRegularScheduleOffSendsOnlyThatInstrument', async () => {
  const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(nothingAsked));
  vi.stubGlobal('fetch', fetchMock);
  render(<PromAssignmentsPanel patientId="p1" readOnly={false} />);
  const boxes = await screen.findAllByLabelText('At baseline and every 2 weeks');
  fireEvent.click(boxes[1]!);
  await waitFor(() => expect(calls(fetchMock)).toContain('PUT /api/v1/patients/p1/prom-assignments/schedule'));
  const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
  expect(put?.[1]?.body).toBe(JSON.stringify({ instruments: [{ instrument: 'PEG_3', everyTwoWeeks: false }] }));
});

test('aRefusedChangeIsSaidInTheServersWords', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (_url, init) =>
      init?.method === 'DELETE'
        ? problemResponse(409, 'Conflict', 'The patient answered this assignment already: it cannot be withdrawn.')
        : jsonResponse(psfsForDischarge),
    ),
  );
  render(<PromAssignmentsPanel patientId="p1" readOnly={false} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Withdraw' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Not changed: The patient answered this assignment already: it cannot be withdrawn.',
  );
});

test('aDischargedRecordShowsTheChoicesWithoutOfferingThem', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => jsonResponse(psfsForDischarge)),
  );
  const { container } = render(<PromAssignmentsPanel patientId="p1" readOnly={true} />);
  await screen.findByText('What the patient is asked');
  expect(container.querySelectorAll('button')).toHaveLength(0);
  expect(
    [...container.querySelectorAll('input[type="checkbox"]')].every((box) => (box as HTMLInputElement).disabled),
  ).toBe(true);
});
