import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { jsonResponse, problemResponse } from '../testing/fixtures.ts';
import type { PromResponse } from '../api/proms.ts';
import { PromForm } from './PromForm.tsx';

function aResponse(overrides: Partial<PromResponse> = {}): PromResponse {
  return {
    id: 'r-1',
    instrument: 'PEG_3',
    score: 6,
    answeredAt: '2026-12-04T10:00:00Z',
    items: [],
    ...overrides,
  };
}

function rate(container: Element, name: string, value: number) {
  fireEvent.click(container.querySelector(`input[name="${name}"][value="${value}"]`)!);
}

test('aPegIsAskedOneQuestionAScreenAndSentWithAnIdempotencyKey', async () => {
  const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(aResponse(), 201));
  vi.stubGlobal('fetch', fetchMock);
  const onDone = vi.fn();
  const { container } = render(
    <PromForm
      patientId="p-1"
      subject="s-peg"
      due={{ instrument: 'PEG_3', reason: 'BASELINE', dueSince: '2026-12-01' }}
      onDone={onDone}
    />,
  );

  expect(screen.getByText('Question 1 of 3')).toBeTruthy();
  const next = () => container.querySelector<HTMLButtonElement>('[data-action="next"]')!;
  expect(next().disabled).toBe(true);
  rate(container, 'peg-pain', 6);
  fireEvent.click(next());
  expect(screen.getByText('Question 2 of 3')).toBeTruthy();
  rate(container, 'peg-enjoyment', 7);
  fireEvent.click(next());
  rate(container, 'peg-activity', 5);
  fireEvent.submit(container.querySelector('form')!);

  await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  const [url, init] = fetchMock.mock.calls[0]!;
  expect(String(url)).toBe('/api/v1/patients/p-1/proms');
  expect(JSON.parse(String(init?.body))).toEqual({
    instrument: 'PEG_3',
    items: [
      { item: 'pain', value: 6 },
      { item: 'enjoyment', value: 7 },
      { item: 'activity', value: 5 },
    ],
  });
  expect(new Headers(init?.headers).get('Idempotency-Key')).toBeTruthy();
});

test('aPsfsTakesANamedActivityPerScreenAndCanAddAFourth', async () => {
  const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(aResponse({ instrument: 'PSFS', score: 4.5 }), 201));
  vi.stubGlobal('fetch', fetchMock);
  const onDone = vi.fn();
  const { container } = render(
    <PromForm
      patientId="p-1"
      subject="s-psfs"
      due={{ instrument: 'PSFS', reason: 'BASELINE', dueSince: '2026-12-01' }}
      onDone={onDone}
    />,
  );
  const activity = () => container.querySelector<HTMLInputElement>('input[name="activity"]')!;
  const names = ['Climb stairs', 'Walk 30 minutes', 'Lift a child', 'Garden'];
  const ratings = [3, 5, 4, 6];
  for (let i = 0; i < 4; i++) {
    fireEvent.input(activity(), { target: { value: names[i] } });
    rate(container, `psfs-${i}`, ratings[i]!);
    if (i < 2) fireEvent.click(container.querySelector('[data-action="next"]')!);
    if (i === 2) fireEvent.click(container.querySelector('[data-action="add-activity"]')!);
  }
  expect(screen.getByText('Question 4 of 4')).toBeTruthy();
  fireEvent.submit(container.querySelector('form')!);

  await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  const body = JSON.parse(String(fetchMock.mock.calls[0]![1]?.body));
  expect(body.items).toEqual(names.map((item, i) => ({ item, value: ratings[i] })));
});

test('whatTheServerRefusesIsShownInItsOwnWords', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => problemResponse(409, 'Conflict', 'This patient was discharged.')),
  );
  const { container } = render(
    <PromForm
      patientId="p-1"
      subject="s-refused"
      due={{ instrument: 'PEG_3', reason: 'FOLLOW_UP', dueSince: '2026-12-01' }}
      onDone={() => undefined}
    />,
  );
  rate(container, 'peg-pain', 1);
  fireEvent.click(container.querySelector('[data-action="next"]')!);
  rate(container, 'peg-enjoyment', 1);
  fireEvent.click(container.querySelector('[data-action="next"]')!);
  rate(container, 'peg-activity', 1);
  fireEvent.submit(container.querySelector('form')!);
  expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'This patient was discharged.');
});
