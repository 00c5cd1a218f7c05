import { beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import { jsonResponse, problemResponse } from '../testing/fixtures.ts';
import { ApiError, NetworkError, request, type Method } from './http.ts';

let fetchMock: Mock<typeof fetch>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>(async () => jsonResponse({ ok: true }));
  vi.stubGlobal('fetch', fetchMock);
});

function sentInit(): RequestInit {
  const call = fetchMock.mock.calls[0];
  if (!call) throw new Error('fetch was not called');
  return call[1] ?? {};
}

function sentHeaders(): Headers {
  return new Headers(sentInit().headers);
}

describe('request', () => {
  test('getDoesNotSendTheCsrfHeader', async () => {
    await request('/api/v1/exercises');
    expect(sentInit().method).toBe('GET');
    expect(sentHeaders().has('X-Requested-By')).toBe(false);
  });

  test.each<Method>(['POST', 'PUT', 'PATCH', 'DELETE'])('%sSendsTheCsrfHeader', async (method) => {
    await request('/api/v1/check-ins', { method, body: { painBefore: 3 } });
    expect(sentInit().method).toBe(method);
    expect(sentHeaders().get('X-Requested-By')).toBe('motus-web');
  });

  test('sendsExtraHeadersButNeverLetsThemReplaceTheCsrfHeader', async () => {
    await request('/api/v1/patients/p/check-ins', {
      method: 'POST',
      body: { pain: 3 },
      headers: { 'Idempotency-Key': 'key-1', 'X-Requested-By': 'someone-else' },
    });
    expect(sentHeaders().get('Idempotency-Key')).toBe('key-1');
    expect(sentHeaders().get('X-Requested-By')).toBe('motus-web');
  });

  test('sendsTheSessionCookieToTheSameOriginOnly', async () => {
    await request('/api/v1/me');
    expect(sentInit().credentials).toBe('same-origin');
  });

  test('sendsTheBodyAsJson', async () => {
    await request('/api/v1/check-ins', { method: 'POST', body: { painBefore: 3 } });
    expect(sentHeaders().get('Content-Type')).toBe('application/json');
    expect(sentInit().body).toBe('{"painBefore":3}');
  });

  test('resolvesToTheParsedBody', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse([{ id: 1 }]));
    await expect(request('/api/v1/exercises')).resolves.toEqual([{ id: 1 }]);
  });

  test('resolvesToUndefinedForNoContent', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(request('/api/v1/things/1', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  test('anErrorResponseBecomesAnApiErrorWithTheParsedProblem', async () => {
    fetchMock.mockResolvedValueOnce(problemResponse(403, 'Forbidden', 'Missing X-Requested-By header'));
    const error = await request('/api/v1/check-ins', { method: 'POST' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(403);
    expect(apiError.problem.title).toBe('Forbidden');
    expect(apiError.problem.detail).toBe('Missing X-Requested-By header');
    expect(apiError.isUnauthenticated).toBe(false);
  });

  test('a401IsMarkedAsNotSignedIn', async () => {
    fetchMock.mockResolvedValueOnce(problemResponse(401, 'Unauthorized'));
    const error = await request('/api/v1/exercises').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isUnauthenticated).toBe(true);
  });

  test('anErrorResponseThatIsNotJsonStillBecomesAnApiError', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('<html>Bad Gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    );
    const error = await request('/api/v1/exercises').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  test('aSuccessThatIsNotJsonIsAnError', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<!doctype html>', { status: 200 }));
    await expect(request('/api/v1/exercises')).rejects.toBeInstanceOf(ApiError);
  });

  test('noAnswerBecomesANetworkError', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(request('/api/v1/exercises')).rejects.toBeInstanceOf(NetworkError);
  });

  test('anAbortedRequestRejectsWithTheAbortNotANetworkError', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('Aborted', 'AbortError');
    fetchMock.mockRejectedValueOnce(abort);
    await expect(request('/api/v1/exercises', { signal: controller.signal })).rejects.toBe(abort);
  });
});
