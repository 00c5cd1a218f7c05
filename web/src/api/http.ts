import { toProblem, type Problem } from './problem.ts';
import { requestLanguage } from '../i18n/i18n.ts';

/** The header the gateway demands on state-changing calls (CSRF defence on top of SameSite). */
export const csrfHeader = { name: 'X-Requested-By', value: 'motus-web' } as const;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, with its own type (an uploaded video or image); instead of `body`. */
  upload?: Blob;
  signal?: AbortSignal;
  /** Extra request headers (e.g. `Idempotency-Key`); they cannot replace Accept, the CSRF header or Content-Type. */
  headers?: Record<string, string>;
  /**
   * A GET with the browser's own headers only, so that it takes the answer a `<link rel="preload">`
   * of index.html already fetched (a preload is reused only for a request with the same headers).
   */
  plain?: boolean;
}

/** The gateway answered with an error status; `problem` holds what it said. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The caller is not signed in (or the session ended). */
  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
}

/** The request never got an answer: offline, gateway down, or the connection broke. */
export class NetworkError extends Error {
  /** What fetch threw (kept for debugging; `Error.cause` is newer than the phones we support). */
  readonly reason: unknown;

  constructor(reason: unknown) {
    super('No answer from the server');
    this.name = 'NetworkError';
    this.reason = reason;
  }
}

const readOnlyMethods: ReadonlySet<Method> = new Set(['GET']);

/**
 * Calls the gateway. Sends the session cookie (same origin only), the CSRF header on every
 * state-changing method, and turns error responses into ApiError with the parsed problem.
 * Resolves to the parsed JSON body, or undefined for 204 No Content.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  // A GET started early (readEarly) in the same language is handed to the first caller that asks.
  const key = options.method ? '' : `${requestLanguage()} ${path}`;
  let answer = early.get(key);
  early.delete(key);
  if (!answer) {
    answer = exchange(path, options);
    if (keeping && key) {
      const started = answer;
      early.set(key, started);
      // Unclaimed 5 s after its answer (the screen never came): the next caller reads afresh.
      const forget = () => setTimeout(() => early.get(key) === started && early.delete(key), 5000);
      started.then(forget, forget);
    }
  }
  return (await answer).body as T;
}

/** GET answers started by {@link readEarly}, by language and path, until a caller takes them. */
const early = new Map<string, Promise<Exchange<unknown>>>();
let keeping = false;

/**
 * Runs `read`, which calls {@link request} for one GET, and keeps that request's answer for the
 * next caller of the same path in the same language (the screen that needs it, once it is shown):
 * a read can start before its screen's code is in, without being sent twice.
 */
export function readEarly<T>(read: () => Promise<T>): Promise<T> {
  keeping = true;
  try {
    return read();
  } finally {
    keeping = false;
  }
}

/** How many pages {@link requestAll} reads at most before it stops (a guard against a link loop). */
export const MAX_PAGES = 50;

/**
 * Reads a paged list to its end (ADR 0044): the server answers a JSON array and, while more rows
 * follow, `Link: <...>; rel="next"`. Resolves to every row in the list's order.
 */
export async function requestAll<T>(path: string, options: RequestOptions = {}): Promise<T[]> {
  const rows: T[] = [];
  let next: string | null = path;
  for (let page = 0; next !== null && page < MAX_PAGES; page++) {
    const answer: Exchange<T[]> = await exchange<T[]>(next, options);
    rows.push(...answer.body);
    next = nextLink(answer.headers.get('Link'));
  }
  return rows;
}

/** The path of a Link header's rel="next" target, or null; only a path on this origin is followed. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const match = /^\s*<([^>]*)>\s*;\s*rel="?next"?\s*$/.exec(part);
    const target = match?.[1];
    if (target?.startsWith('/') && !target.startsWith('//')) return target;
  }
  return null;
}

interface Exchange<T> {
  body: T;
  headers: Headers;
}

async function exchange<T>(path: string, options: RequestOptions): Promise<Exchange<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> =
    options.plain && method === 'GET'
      ? {}
      : {
          ...options.headers,
          Accept: 'application/json, application/problem+json',
          // What the services write for the person to read (the rules' advice) comes in the screen's language.
          'Accept-Language': requestLanguage(),
        };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (!readOnlyMethods.has(method)) headers[csrfHeader.name] = csrfHeader.value;
  if (options.upload !== undefined) {
    headers['Content-Type'] = options.upload.type || 'application/octet-stream';
    init.body = options.upload;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new NetworkError(error);
  }

  if (!response.ok) {
    throw new ApiError(toProblem(await readJson(response), response.status, response.statusText));
  }
  if (response.status === 204) return { body: undefined as T, headers: response.headers };
  const body = await readJson(response);
  if (body === undefined) {
    throw new ApiError(toProblem({ title: 'The server sent an answer Motus could not read' }, response.status));
  }
  return { body: body as T, headers: response.headers };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}
