import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, expect, test, vi, type Mock } from 'vitest';
import { jsonResponse } from './testing/fixtures.ts';
import { fetchMe } from './api/session.ts';
import { fetchLanguageChoice } from './api/language.ts';

/**
 * Reads asked for while the entry's code downloads (issue 18, cold LCP): index.html preloads who is
 * signed in, for everyone; the gateway names it again, and the person's language choice, in `Link`
 * headers of a signed-in page (session-gateway webapp/FirstScreenHints). A browser hands a preloaded
 * answer only to a fetch of the same URL, mode, credentials and headers: a preload the app never asks
 * for again is a wasted request on every page load, and the read it was meant for goes out a round
 * trip later.
 */
const html = readFileSync(resolve(import.meta.dirname, '..', 'index.html'), 'utf8');
const htmlPreloads = [
  ...html.matchAll(/<link\s+rel="preload"\s+href="([^"]+)"\s+as="fetch"\s+crossorigin\s*\/?>/g),
].map((m) => m[1]);
const hints = readFileSync(
  resolve(
    import.meta.dirname,
    '..',
    '..',
    'session-gateway/src/main/java/org/motus/gateway/webapp/FirstScreenHints.java',
  ),
  'utf8',
);
const gatewayPreloads = [...hints.matchAll(/static final String (?:ME|LANGUAGE) = "([^"]+)";/g)].map((m) => m[1]);
const preloads = [...htmlPreloads, ...gatewayPreloads];

let fetchMock: Mock<typeof fetch>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>(async () => jsonResponse({ language: null }));
  vi.stubGlobal('fetch', fetchMock);
});

test.each([
  ['who is signed in', () => fetchMe()],
  ['their language', () => fetchLanguageChoice()],
])('indexHtmlPreloads %s exactly as the app then asks for it', async (_what, read) => {
  await read();
  const [url, init] = fetchMock.mock.calls[0] ?? [];
  expect(preloads).toContain(url);
  // <link crossorigin> is credentials "same-origin" with the browser's own headers.
  expect(init?.credentials).toBe('same-origin');
  expect([...new Headers(init?.headers).keys()]).toEqual([]);
  expect(init?.method ?? 'GET').toBe('GET');
});

test('indexHtmlPreloadsWhoIsSignedInAndTheGatewayAlsoTheirLanguage', () => {
  // Not the language in index.html: a signed-out visitor's page would only get a 401 for it.
  expect(htmlPreloads).toEqual(['/api/v1/me']);
  expect(gatewayPreloads).toEqual(['/api/v1/me', '/api/v1/preferences/language']);
});
