import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, test, vi, type Mock } from 'vitest';
import { App } from './app.tsx';
import { aPatient, aPatientRecord, anExercise, jsonResponse, problemResponse } from './testing/fixtures.ts';

let fetchMock: Mock<typeof fetch>;

/** A gateway that knows who is signed in (or nobody) and serves the exercise library. */
function gateway(me: ReturnType<typeof aPatient> | null, exercises = [anExercise()]) {
  fetchMock = vi.fn<typeof fetch>(async (input) => {
    const path = String(input);
    if (path === '/api/v1/me') return me ? jsonResponse(me) : problemResponse(401, 'Unauthorized');
    if (path === '/api/v1/patients/me')
      return me ? jsonResponse(aPatientRecord()) : problemResponse(401, 'Unauthorized');
    if (path === '/api/v1/exercises') return me ? jsonResponse(exercises) : problemResponse(401, 'Unauthorized');
    return problemResponse(404, 'Not Found');
  });
  vi.stubGlobal('fetch', fetchMock);
}

beforeEach(() => gateway(null));

test('nobodySignedInSeesASignInLinkAndNoExercises', async () => {
  const { container } = render(<App />);
  expect((await screen.findByRole('link', { name: 'Sign in' })).id).toBe('sign-in');
  expect(container.querySelector('#exercise-list')).toBeNull();
  expect(fetchMock.mock.calls.map(([path]) => String(path))).toEqual(['/api/v1/me']);
});

test('aSignedInPatientSeesTheirNameRoleAndTheirTodayScreen', async () => {
  gateway(aPatient({ name: 'Paula Patient' }), [
    anExercise({ id: 'e0000000-0000-4000-8000-000000000001' }),
    anExercise({ id: 'e0000000-0000-4000-8000-000000000002', name: 'Bird-dog' }),
  ]);
  const { container } = render(<App />);
  // The patient's home is Today (src/patient); with no plan (404 here) it says so in plain words.
  expect((await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 3000 })).id).toBe('today-heading');
  await waitFor(() => expect(container.querySelector('#no-plan')).not.toBeNull());
  expect(container.querySelector('#signed-in-name')?.textContent).toBe('Paula Patient');
  expect(container.querySelector('#signed-in-role')?.textContent).toBe('Patient');
  expect(container.querySelector('#sign-out')).not.toBeNull();
  expect(container.querySelector('[data-testid="not-for-emergencies"]')?.textContent).toContain(
    'Motus is not for emergencies.',
  );
});

test('aPatientOnTheCallPageIsToldMotusIsNotForEmergencies', async () => {
  gateway(aPatient());
  history.replaceState(null, '', '/visits/v1/call');
  const { container } = render(<App />);
  await waitFor(() => expect(container.querySelector('[data-testid="not-for-emergencies"]')).not.toBeNull());
  history.replaceState(null, '', '/');
});

test('whenTheGatewayIsDownItSaysSoInPlainWords', async () => {
  fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
  render(<App />);
  expect((await screen.findByRole('alert')).textContent).toContain(
    'We could not load your account: Motus is not answering.',
  );
});

test('signInIsARealPageLoadNotAnInAppRoute', async () => {
  render(<App />);
  const signIn = await screen.findByRole('link', { name: 'Sign in' });
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
  signIn.dispatchEvent(click);
  // The app must leave the click to the browser, which then asks the gateway for /login.
  expect(click.defaultPrevented).toBe(false);
});

test('anAddressTheAppDoesNotKnowSaysPageNotFoundForEachRoleInsteadOfShowingAnotherScreen', async () => {
  for (const [me, home] of [
    [aPatient(), 'Go to Today'],
    [aPatient({ roles: ['therapist'] }), 'Go to your patients'],
    [aPatient({ roles: ['admin'] }), 'Go to the exercise list'],
  ] as const) {
    gateway(me);
    history.replaceState(null, '', '/no-such-page');
    const { unmount } = render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' }, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: home }).getAttribute('href')).toBe('/');
    expect(screen.queryByRole('heading', { level: 1, name: 'Today' })).toBeNull();
    unmount();
  }
  history.replaceState(null, '', '/');
});
