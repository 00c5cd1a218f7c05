import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { Consents } from './api/consents.ts';
import { localIsoDate } from './api/routine.ts';
import { App, startEarlyReads } from './app.tsx';
import {
  aPatient,
  aPatientRecord,
  aTodayRoutine,
  deferred,
  jsonResponse,
  problemResponse,
} from './testing/fixtures.ts';

// Issue 18 item 6: the entry starts the reads Today needs (main.tsx calls startEarlyReads before
// it renders), the patient's together as soon as /me names a patient, and the screens use those
// answers instead of asking again.

const mePath = '/api/v1/me';
const recordPath = '/api/v1/patients/me';
const todayPath = () => `/api/v1/plans/mine/today?date=${localIsoDate()}`;
const consentsPath = '/api/v1/patients/me/consents';
const patientReads = /\/patients\/|\/plans\/mine\//;

/** Every request in the order sent; these paths wait until the test answers them, the rest answer 404 at once. */
let sent: string[];
let waiting: Map<string, ReturnType<typeof deferred<Response>>>;

function gateway(held: string[]) {
  sent = [];
  waiting = new Map();
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (input) => {
      const path = String(input);
      sent.push(path);
      if (!held.includes(path)) return problemResponse(404, 'Not Found');
      const answer = deferred<Response>();
      waiting.set(path, answer);
      return answer.promise;
    }),
  );
}

/** Answers the request for `path`, which must be waiting. */
function answer(path: string, response: Response) {
  const request = waiting.get(path);
  if (!request) throw new Error(`${path} was not asked for (sent: ${sent.join(', ')})`);
  waiting.delete(path);
  request.resolve(response);
}

const timesSent = (path: string) => sent.filter((p) => p === path).length;

function consents(decisionNeeded: boolean): Consents {
  return {
    consents: [
      {
        kind: 'TELEHEALTH',
        currentVersion: '2026-12-01',
        decision: decisionNeeded ? null : 'ACCEPTED',
        decidedVersion: decisionNeeded ? null : '2026-12-01',
        decidedAt: decisionNeeded ? null : '2026-12-01T09:00:00Z',
        granted: !decisionNeeded,
        decisionNeeded,
      },
    ],
    decisionNeeded,
    history: [],
  } as Consents;
}

function start(path = '/') {
  history.replaceState(null, '', path);
  startEarlyReads(path);
  return render(<App />);
}

// The role screens are chunks app.tsx imports lazily. Loaded here first, so that no test ends while one
// is still being imported: on a slow machine vitest fails the run on an import after its environment is gone.
beforeAll(async () => {
  await Promise.all([
    import('./patient/PatientApp.tsx'),
    import('./therapist/TherapistApp.tsx'),
    import('./call/CallPage.tsx'),
  ]);
}, 60_000);

beforeEach(() => history.replaceState(null, '', '/'));

test('aPatientsRecordConsentsAndTodaysRoutineAreAskedForTogetherAsSoonAsMeAnswersAndEachOnlyOnce', async () => {
  gateway([mePath, recordPath, todayPath(), consentsPath]);
  const { container } = start();
  // The entry's /me is the one the session uses: one request.
  expect(sent).toEqual([mePath]);

  answer(mePath, jsonResponse(aPatient()));
  // The three patient reads are in flight before any answers, and before the patient's screens render:
  // the consents are the patient's own, so they do not wait for the record's id (one round trip, not two).
  await waitFor(() =>
    expect(waiting.has(recordPath) && waiting.has(consentsPath) && waiting.has(todayPath())).toBe(true),
  );
  expect(container.querySelector('#today-heading')).toBeNull();

  answer(consentsPath, jsonResponse(consents(false)));
  answer(todayPath(), jsonResponse(aTodayRoutine({ date: localIsoDate() })));
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Today waits for the record, whatever came first.
  expect(container.querySelector('#today-heading')).toBeNull();
  answer(recordPath, jsonResponse(aPatientRecord()));
  expect((await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 3000 })).id).toBe('today-heading');
  await waitFor(() => expect(container.querySelector('#micro-session')).not.toBeNull());
  // The screens used the answers the entry asked for: nothing was sent twice.
  for (const path of [mePath, recordPath, todayPath(), consentsPath]) expect(timesSent(path)).toBe(1);
});

test('aTherapistWhoIsAlsoAPatientSendsNoneOfThePatientsReads', async () => {
  gateway([mePath]);
  const { container } = start();
  answer(mePath, jsonResponse(aPatient({ roles: ['therapist', 'patient'] })));
  await waitFor(() => expect(container.querySelector('#signed-in-role')).not.toBeNull());
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(sent.filter((p) => patientReads.test(p))).toEqual([]);
  expect(timesSent(mePath)).toBe(1);
});

test('aPatientOnTheCallPageSendsNoneOfThePatientsReadsEarly', async () => {
  gateway([mePath]);
  const { container } = start('/visits/v1/call');
  answer(mePath, jsonResponse(aPatient()));
  await waitFor(() => expect(container.querySelector('[data-testid="not-for-emergencies"]')).not.toBeNull());
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(sent.filter((p) => p === recordPath || p === todayPath() || p === consentsPath)).toEqual([]);
});

test('nobodySignedInSendsOnlyMeOnceAndSeesTheSignInLink', async () => {
  gateway([mePath]);
  start();
  answer(mePath, problemResponse(401, 'Unauthorized'));
  expect((await screen.findByRole('link', { name: 'Sign in' })).id).toBe('sign-in');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(sent).toEqual([mePath]);
});

test('tryingAgainAfterAFailedStartAsksAgainInsteadOfReusingTheEarlyAnswer', async () => {
  gateway([mePath]);
  start();
  answer(mePath, problemResponse(503, 'Service Unavailable'));
  fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(waiting.has(mePath)).toBe(true));
  answer(mePath, problemResponse(401, 'Unauthorized'));
  expect((await screen.findByRole('link', { name: 'Sign in' })).id).toBe('sign-in');
  expect(timesSent(mePath)).toBe(2);
});

// Last: today's routine, read early, is never taken here (the consent steps stand in for Today).
test('aPatientWhoHasNotDecidedOnTheConsentsSeesTheConsentStepsNotToday', async () => {
  gateway([mePath, recordPath, todayPath(), consentsPath]);
  const { container } = start();
  answer(mePath, jsonResponse(aPatient()));
  await waitFor(() =>
    expect(waiting.has(recordPath) && waiting.has(consentsPath) && waiting.has(todayPath())).toBe(true),
  );
  answer(todayPath(), jsonResponse(aTodayRoutine({ date: localIsoDate() })));
  answer(consentsPath, jsonResponse(consents(true)));
  answer(recordPath, jsonResponse(aPatientRecord()));
  await waitFor(() => expect(container.querySelector('#first-sign-in')).not.toBeNull(), { timeout: 3000 });
  expect(container.querySelector('#today-heading')).toBeNull();
  expect(container.querySelector('#micro-session')).toBeNull();
  expect(timesSent(consentsPath)).toBe(1);
});

test('aPatientWhoReadsGermanGetsTheEarlyReadsInGermanAndStillEachOnlyOnce', async () => {
  localStorage.setItem('motus.language', 'de');
  try {
    gateway([mePath, recordPath, todayPath(), consentsPath]);
    const { container } = start();
    answer(mePath, jsonResponse(aPatient()));
    await waitFor(() =>
      expect(waiting.has(recordPath) && waiting.has(consentsPath) && waiting.has(todayPath())).toBe(true),
    );
    answer(recordPath, jsonResponse(aPatientRecord()));
    answer(consentsPath, jsonResponse(consents(false)));
    answer(todayPath(), jsonResponse(aTodayRoutine({ date: localIsoDate() })));
    await waitFor(() => expect(container.querySelector('#micro-session')).not.toBeNull(), { timeout: 3000 });
    for (const path of [mePath, recordPath, todayPath(), consentsPath]) expect(timesSent(path)).toBe(1);
    const calls = vi.mocked(fetch).mock.calls;
    const language = (path: string) =>
      new Headers(calls.find(([p]) => String(p) === path)?.[1]?.headers).get('Accept-Language');
    expect([recordPath, todayPath(), consentsPath].map(language)).toEqual(['de', 'de', 'de']);
  } finally {
    localStorage.removeItem('motus.language');
  }
});
