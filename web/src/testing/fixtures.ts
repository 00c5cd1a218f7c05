import type { Exercise } from '../api/exercises.ts';
import type { Me } from '../api/session.ts';

/** The one place that builds test data for the web app. */

export function aPatient(overrides: Partial<Me> = {}): Me {
  return {
    subject: 'f3b1c1d2-0000-4000-8000-000000000001',
    username: 'pat',
    name: 'Pat Patient',
    email: 'pat@example.org',
    roles: ['patient'],
    ...overrides,
  };
}

export function anExercise(overrides: Partial<Exercise> = {}): Exercise {
  return {
    id: 1,
    name: 'Hamstring stretch',
    pillar: 'STRETCHING',
    regions: ['LOW_BACK', 'HIP'],
    instructions: 'Hold 30 seconds, no bouncing.',
    ...overrides,
  };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problemResponse(status: number, title: string, detail?: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A promise the test settles when it wants, to look at the screen in between. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
