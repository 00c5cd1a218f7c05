import { beforeEach, expect, test, vi, type Mock } from 'vitest';
import { aPatient, jsonResponse, problemResponse } from '../testing/fixtures.ts';
import { ApiError } from './http.ts';
import { fetchMe } from './session.ts';

let fetchMock: Mock<typeof fetch>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
});

test('fetchMeAsksTheGatewayWhoIsSignedIn', async () => {
  fetchMock.mockResolvedValueOnce(jsonResponse(aPatient()));
  await expect(fetchMe()).resolves.toEqual(aPatient());
  expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/me');
});

test('fetchMeIsPlainSoItTakesTheAnswerIndexHtmlPreloaded', async () => {
  fetchMock.mockResolvedValueOnce(jsonResponse(aPatient()));
  await fetchMe();
  expect([...new Headers(fetchMock.mock.calls[0]?.[1]?.headers).keys()]).toEqual([]);
});

test('fetchMeGivesNullWhenNobodyIsSignedIn', async () => {
  fetchMock.mockResolvedValueOnce(problemResponse(401, 'Unauthorized', 'Not signed in'));
  await expect(fetchMe()).resolves.toBeNull();
});

test('fetchMePassesOtherFailuresOn', async () => {
  fetchMock.mockResolvedValueOnce(problemResponse(500, 'Internal Server Error'));
  await expect(fetchMe()).rejects.toBeInstanceOf(ApiError);
});
