import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { expect, test, vi } from 'vitest';
import { fakePatientServices, jsonResponse } from '../testing/fixtures.ts';
import { PatientContext } from '../patient/usePatient.ts';
import { DuePromsPanel } from './DuePromsPanel.tsx';

function renderPanel(answer: () => Response) {
  const fetchMock = vi.fn<typeof fetch>(async () => answer());
  vi.stubGlobal('fetch', fetchMock);
  const view = render(
    <ErrorBoundary>
      <PatientContext.Provider value={fakePatientServices()}>
        <DuePromsPanel />
      </PatientContext.Provider>
    </ErrorBoundary>,
  );
  return { ...view, fetchMock };
}

test('aDuePromIsListedOnTodayAndOpensItsForm', async () => {
  const { container, fetchMock } = renderPanel(() =>
    jsonResponse([{ instrument: 'PEG_3', reason: 'BASELINE', dueSince: '2026-12-01' }]),
  );
  await waitFor(() => expect(container.querySelector('[data-prom="PEG_3"]')).not.toBeNull());
  const button = container.querySelector<HTMLButtonElement>('[data-prom="PEG_3"]')!;
  expect(String(fetchMock.mock.calls[0]![0])).toMatch(/\/api\/v1\/patients\/[^/]+\/proms\/due$/);
  expect(screen.getByText('A few questions to start with')).toBeTruthy();
  fireEvent.click(button);
  expect(await screen.findByText('Question 1 of 3')).toBeTruthy();
});

test('nothingIsShownWhenNothingIsDueOrTheListCannotBeRead', async () => {
  const { container, fetchMock } = renderPanel(() => jsonResponse({ detail: 'gateway down' }, 502));
  await waitFor(() => expect(fetchMock).toHaveBeenCalled());
  expect(container.querySelector('#due-proms')).toBeNull();
});
