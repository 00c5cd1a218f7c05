import { expect, test } from 'vitest';
import { ApiError, NetworkError } from '../api/http.ts';
import { toProblem } from '../api/problem.ts';
import { failureMessage } from './failureMessage.ts';

const apiError = (status: number, body: unknown = {}) => new ApiError(toProblem(body, status));

test('noAnswerAsksToCheckTheConnection', () => {
  expect(failureMessage(new NetworkError(new TypeError('Failed to fetch')), 'the exercises')).toBe(
    'We could not load the exercises: Motus is not answering. Check your internet connection and try again.',
  );
});

test('a401SaysYouAreSignedOut', () => {
  expect(failureMessage(apiError(401), 'the exercises')).toBe('You are signed out. Please sign in again.');
});

test('a403SaysYouAreNotAllowed', () => {
  expect(failureMessage(apiError(403), 'the exercises')).toBe('You are not allowed to see the exercises.');
});

test('aServerFailureDoesNotShowItsTechnicalDetail', () => {
  const message = failureMessage(
    apiError(500, { title: 'Internal Server Error', detail: 'NullPointerException' }),
    'the exercises',
  );
  expect(message).toContain('something went wrong on our side');
  expect(message).not.toContain('NullPointerException');
});

test('anotherClientErrorShowsWhatTheServerSaid', () => {
  expect(failureMessage(apiError(404, { title: 'Not Found', detail: 'No such plan' }), 'your plan')).toBe(
    'We could not load your plan. The server said: No such plan',
  );
});

test('anUnknownFailureStillGivesASentence', () => {
  expect(failureMessage(new Error('boom'), 'the exercises')).toBe('We could not load the exercises. Please try again.');
});
