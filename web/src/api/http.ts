import { toProblem, type Problem } from './problem.ts';

/** The header the gateway demands on state-changing calls (CSRF defence on top of SameSite). */
export const csrfHeader = { name: 'X-Requested-By', value: 'motus-web' } as const;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers (e.g. `Idempotency-Key`); they cannot replace Accept, the CSRF header or Content-Type. */
  headers?: Record<string, string>;
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
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json, application/problem+json',
  };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (!readOnlyMethods.has(method)) headers[csrfHeader.name] = csrfHeader.value;
  if (options.body !== undefined) {
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
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (body === undefined) {
    throw new ApiError(toProblem({ title: 'The server sent an answer Motus could not read' }, response.status));
  }
  return body as T;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}
