import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { aPatientRecord, jsonResponse } from '../../testing/fixtures.ts';
import { RecordEditor } from './RecordEditor.tsx';

const patientId = '0a7e0000-0000-4000-8000-000000000002';

function violation(field: string, message: string): Response {
  return new Response(
    JSON.stringify({
      type: 'urn:motus:problem:validation',
      title: 'Invalid request',
      status: 400,
      detail: 'The request has 1 invalid field(s).',
      violations: [{ field, message }],
    }),
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

test('theClinicalFieldsAreSentAsTheServerShapesThem', async () => {
  const fetchMock = vi.fn<typeof fetch>(async () =>
    jsonResponse(aPatientRecord({ baselinePain: 7, conditions: ['LOW_BACK', 'SCIATICA'] })),
  );
  vi.stubGlobal('fetch', fetchMock);
  render(<RecordEditor initial={aPatientRecord({ conditions: ['LOW_BACK'], baselinePain: 6, dateOfBirth: null })} />);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Sciatica' }));
  fireEvent.input(screen.getByLabelText(/Usual pain/), { target: { value: '7' } });
  fireEvent.input(screen.getByLabelText('Date of birth'), { target: { value: '1968-04-12' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save clinical' }));
  await screen.findByText('Saved.');
  const [url, init] = fetchMock.mock.calls[0]!;
  expect(url).toBe(`/api/v1/patients/${patientId}/clinical`);
  expect(init?.method).toBe('PUT');
  expect(JSON.parse(String(init?.body))).toEqual({
    dateOfBirth: '1968-04-12',
    conditions: ['LOW_BACK', 'SCIATICA'],
    baselinePain: 7,
  });
});

test('theServersProblemIsShownBesideItsFieldAndTiedToIt', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => violation('contact.email', 'must be a well-formed email address')),
  );
  render(<RecordEditor initial={aPatientRecord()} />);
  const email = screen.getByLabelText('Email');
  fireEvent.input(email, { target: { value: 'pat-at-example' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save goals and contact' }));
  await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
  const problem = document.getElementById(email.getAttribute('aria-describedby') ?? '');
  expect(problem?.textContent).toBe('must be a well-formed email address');
  expect(screen.queryByText('Saved.')).toBeNull();
});

test('aProblemOnAFieldTheFormDoesNotShowIsStillSaid', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => violation('sessionsPerWeek', 'must be less than or equal to 50')),
  );
  render(<RecordEditor initial={aPatientRecord()} />);
  fireEvent.input(screen.getByLabelText(/Sessions per week/), { target: { value: '51' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save prescribed frequency' }));
  expect((await screen.findByText('must be less than or equal to 50')).id).toBe(
    'record-frequency-sessionsPerWeek-problem',
  );
});

test('aBaselineThatIsNotAWholeNumberIsRefusedBeforeSending', async () => {
  const fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  render(<RecordEditor initial={aPatientRecord()} />);
  fireEvent.input(screen.getByLabelText(/Usual pain/), { target: { value: '3.5' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save clinical' }));
  expect(await screen.findByText('must be a whole number')).toBeTruthy();
  expect(fetchMock).not.toHaveBeenCalled();
});

test('aNetworkFailureSaysSoInsteadOfSaved', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    }),
  );
  render(<RecordEditor initial={aPatientRecord()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Save time zone' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/Motus is not answering/);
});
