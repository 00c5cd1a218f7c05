import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import type { Message } from '../../api/messages.ts';
import { fakePatientServices, jsonResponse, problemResponse } from '../../testing/fixtures.ts';
import { PatientContext } from '../usePatient.ts';
import { MessagesScreen } from './MessagesScreen.tsx';

const sent = (change: Partial<Message>): Message => ({
  id: 'm1',
  patientId: '0a7e0000-0000-4000-8000-000000000002',
  authorRole: 'PATIENT',
  authorName: 'Pat Patient',
  mine: true,
  text: 'I fainted on the stairs.',
  exerciseRef: null,
  image: null,
  sentAt: '2026-12-01T10:00:00Z',
  readBy: [],
  redFlagsMentioned: ['CHEST_SYMPTOMS'],
  askRedFlagQuestions: true,
  ...change,
});

function renderScreen(answer: (url: string, init?: RequestInit) => Response) {
  const fetchMock = vi.fn<typeof fetch>(async (url, init) => answer(String(url), init));
  vi.stubGlobal('fetch', fetchMock);
  const view = render(
    <PatientContext.Provider value={fakePatientServices()}>
      <MessagesScreen />
    </PatientContext.Provider>,
  );
  return { fetchMock, ...view };
}

test('aMessageMentioningARedFlagAsksTheRedFlagQuestionsAtOnce', async () => {
  const { fetchMock, container } = renderScreen((_url, init) =>
    init?.method === 'POST' ? jsonResponse(sent({})) : jsonResponse([]),
  );
  await screen.findByText('No messages yet.');
  expect(container.querySelector('[data-red-flag-prompt]')).toBeNull();
  fireEvent.input(screen.getByLabelText('Message'), { target: { value: 'I fainted on the stairs.' } });
  fireEvent.submit(container.querySelector('form.message-composer')!);
  await waitFor(() => expect(container.querySelector('[data-red-flag-prompt]')).not.toBeNull());
  expect(container.querySelector('[data-red-flag-prompt] [data-testid="daily-red-flags"]')).not.toBeNull();
  const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
  expect(post[0]).toBe('/api/v1/patients/0a7e0000-0000-4000-8000-000000000002/messages');
  expect(JSON.parse(String(post[1]?.body))).toEqual({
    text: 'I fainted on the stairs.',
    exerciseRef: null,
    imageId: null,
  });
  expect((post[1]?.headers as Record<string, string>)['Idempotency-Key']).toMatch(/\S+/);
  expect(screen.getByText('I fainted on the stairs.')).toBeTruthy();
});

test('anOrdinaryMessageAsksNothingAndARefusalShowsTheServersWords', async () => {
  let refuse = false;
  const { container } = renderScreen((_url, init) => {
    if (init?.method !== 'POST') return jsonResponse([]);
    return refuse
      ? problemResponse(400, 'Bad Request', 'Write a message, or attach an image or an exercise.')
      : jsonResponse(sent({ text: 'All good', redFlagsMentioned: [], askRedFlagQuestions: false }));
  });
  await screen.findByText('No messages yet.');
  fireEvent.input(screen.getByLabelText('Message'), { target: { value: 'All good' } });
  fireEvent.submit(container.querySelector('form.message-composer')!);
  await screen.findByText('All good');
  expect(container.querySelector('[data-red-flag-prompt]')).toBeNull();
  refuse = true;
  fireEvent.input(screen.getByLabelText('Message'), { target: { value: 'again' } });
  fireEvent.submit(container.querySelector('form.message-composer')!);
  expect((await screen.findByRole('alert')).textContent).toBe('Write a message, or attach an image or an exercise.');
});
