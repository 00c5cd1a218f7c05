import { beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import { jsonResponse, problemResponse } from '../testing/fixtures.ts';
import { ApiError, MAX_PAGES, NetworkError, nextLink, readEarly, request, requestAll, type Method } from './http.ts';
import { activate } from '../i18n/i18n.ts';

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

  test('asksForTheScreensLanguageSoAdviceComesInIt', async () => {
    await activate('es', ['es-MX']);
    try {
      await request('/api/v1/patients/p/check-ins', { method: 'POST', body: { pain: 3 } });
      expect(sentHeaders().get('Accept-Language')).toBe('es');
    } finally {
      await activate('en', ['en-GB']);
    }
  });

  test('aPlainGetSendsOnlyTheBrowsersOwnHeadersSoAPreloadedAnswerIsTaken', async () => {
    await activate('es', ['es-MX']);
    try {
      await request('/api/v1/me', { plain: true, headers: { 'X-Extra': 'no' } });
      expect([...sentHeaders().keys()]).toEqual([]);
      expect(sentInit().credentials).toBe('same-origin');
    } finally {
      await activate('en', ['en-GB']);
    }
  });

  test('plainNeverDropsTheCsrfHeaderOrTheTypeOfAWrite', async () => {
    await request('/api/v1/preferences/language', { method: 'PUT', body: { language: 'es' }, plain: true });
    expect(sentHeaders().get('X-Requested-By')).toBe('motus-web');
    expect(sentHeaders().get('Content-Type')).toBe('application/json');
    expect(sentHeaders().get('Accept')).toBe('application/json, application/problem+json');
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

describe('requestAll', () => {
  function page(rows: unknown[], next?: string): Response {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (next) headers['Link'] = `<${next}>; rel="next"`;
    return new Response(JSON.stringify(rows), { status: 200, headers });
  }

  test('followsTheNextLinksToTheEndAndKeepsTheOrder', async () => {
    fetchMock
      .mockResolvedValueOnce(page([1, 2], '/api/v1/x?cursor=a'))
      .mockResolvedValueOnce(page([3, 4], '/api/v1/x?cursor=b'))
      .mockResolvedValueOnce(page([5]));
    await expect(requestAll<number>('/api/v1/x')).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual([
      '/api/v1/x',
      '/api/v1/x?cursor=a',
      '/api/v1/x?cursor=b',
    ]);
  });

  test('stopsAfterMaxPagesWhenTheLinksNeverEnd', async () => {
    fetchMock.mockImplementation(async () => page([0], '/api/v1/x?cursor=again'));
    const rows = await requestAll<number>('/api/v1/x');
    expect(rows).toHaveLength(MAX_PAGES);
  });

  test('aFailingPageRejectsWithItsProblem', async () => {
    fetchMock
      .mockResolvedValueOnce(page([1], '/api/v1/x?cursor=a'))
      .mockResolvedValueOnce(problemResponse(400, 'Bad request', 'cursor must be the cursor of an earlier page'));
    await expect(requestAll('/api/v1/x')).rejects.toBeInstanceOf(ApiError);
  });
});

describe('nextLink', () => {
  test.each([
    ['</api/v1/x?cursor=a>; rel="next"', '/api/v1/x?cursor=a'],
    ['</api/v1/x?cursor=a>; rel=next', '/api/v1/x?cursor=a'],
    ['</first>; rel="prev", </api/v1/x?cursor=b>; rel="next"', '/api/v1/x?cursor=b'],
    ['<https://elsewhere.example/x>; rel="next"', null],
    ['<//elsewhere.example/x>; rel="next"', null],
    ['</api/v1/x>; rel="prev"', null],
    ['', null],
  ])('%s -> %s', (header, expected) => {
    expect(nextLink(header)).toBe(expected);
  });
});

describe('readEarly', () => {
  test('theFirstGetOfThePathTakesTheEarlyAnswerAndTheNextAsksAgain', async () => {
    const early = readEarly(() => request('/api/v1/patients/me'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await request('/api/v1/patients/me')).toEqual(await early);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await request('/api/v1/patients/me');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  test('aFailedEarlyReadFailsItsTakerTheSameWay', async () => {
    fetchMock.mockResolvedValueOnce(problemResponse(401, 'Unauthorized'));
    void readEarly(() => request('/api/v1/me')).catch(() => undefined);
    const error = await request('/api/v1/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isUnauthenticated).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  test('aWriteToTheSamePathIsSentAndLeavesTheEarlyReadForItsScreen', async () => {
    void readEarly(() => request('/api/v1/patients/p1/consents'));
    await request('/api/v1/patients/p1/consents', { method: 'POST', body: {} });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await request('/api/v1/patients/p1/consents');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  test('anEarlyReadInAnotherLanguageIsNotUsed', async () => {
    void readEarly(() => request('/api/v1/plans/mine/today?date=2026-12-06'));
    await activate('de');
    try {
      await request('/api/v1/plans/mine/today?date=2026-12-06');
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(new Headers(fetchMock.mock.calls[1]?.[1]?.headers).get('Accept-Language')).toBe('de');
    } finally {
      await activate('en');
    }
  });

  test('anAnswerNobodyTookWithinFiveSecondsIsForgotten', async () => {
    vi.useFakeTimers();
    try {
      await readEarly(() => request('/api/v1/patients/me'));
      await vi.advanceTimersByTimeAsync(5_000);
      await request('/api/v1/patients/me');
      expect(fetchMock).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
