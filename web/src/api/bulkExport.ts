import { csrfHeader } from './http.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';

/**
 * The clinic-wide FHIR Bulk Data export (patient-service, docs/adr/0051), for an admin: kick-off,
 * status, cancel. FHIR, so not in the OpenAPI documents: the few shapes are typed here by hand.
 */

/** The resource types patient-service exports (`_type`); none asked means all of them. */
export const exportTypes = ['Patient', 'Observation', 'QuestionnaireResponse', 'Flag', 'Consent', 'CareTeam'] as const;
export type ExportType = (typeof exportTypes)[number];

/** One NDJSON file of a finished export. */
export interface ExportFile {
  type: string;
  url: string;
  count: number;
}

/** The manifest of a finished export (the IG's "complete status"). */
export interface ExportManifest {
  transactionTime: string;
  request: string;
  requiresAccessToken: boolean;
  output: ExportFile[];
  error: ExportFile[];
}

export type ExportStatus =
  | { state: 'running'; progress: string | null; retryAfterSeconds: number }
  | { state: 'done'; manifest: ExportManifest };

/** The server refused or could not answer; `message` is its OperationOutcome's diagnostics when it sent one. */
export class ExportError extends Error {
  readonly status: number | null;
  /** The answer's Retry-After, in seconds (at least 1), when it had one. */
  readonly retryAfterSeconds: number | null;

  constructor(message: string, status: number | null, retryAfterSeconds: number | null = null) {
    super(message);
    this.name = 'ExportError';
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The job is unknown, expired or someone else's. */
  get gone(): boolean {
    return this.status === 404;
  }

  /** Worth asking again later (no answer, busy or briefly unavailable), unlike a refusal or a failed job. */
  get transient(): boolean {
    return this.status === null || this.status === 408 || this.status === 429 || this.status >= 502;
  }
}

const fhirJson = 'application/fhir+json';
/** While an answer says nothing usable, how long to wait before asking again. */
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** Starts an export of every patient's records; resolves to the status path to poll. */
export async function startExport(choice: { types: readonly ExportType[]; since: string | null }): Promise<string> {
  const query = new URLSearchParams();
  if (choice.types.length > 0) query.set('_type', choice.types.join(','));
  if (choice.since) query.set('_since', choice.since);
  const search = query.toString();
  const response = await call(`/fhir/R4/$export${search ? `?${search}` : ''}`, {
    headers: { Accept: fhirJson, Prefer: 'respond-async' },
  });
  if (response.status !== 202) throw await refusal(response);
  const location = response.headers.get('Content-Location');
  if (!location) throw new ExportError(t('The server did not say where to follow the export.'), response.status);
  return onThisOrigin(location, 'export-status');
}

/** Where an export stands: still running (with the server's progress and wait) or done. */
export async function exportStatus(statusPath: string, signal?: AbortSignal): Promise<ExportStatus> {
  const response = await call(statusPath, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (response.status === 202) {
    return {
      state: 'running',
      progress: response.headers.get('X-Progress'),
      retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')),
    };
  }
  if (response.status !== 200) throw await refusal(response);
  const manifest = (await readJson(response)) as ExportManifest | undefined;
  if (!manifest || !Array.isArray(manifest.output)) {
    throw new ExportError(t('The server sent a manifest Motus could not read.'), response.status);
  }
  return { state: 'done', manifest };
}

/** Cancels a running export, or deletes a finished one's files (202). */
export async function cancelExport(statusPath: string): Promise<void> {
  const response = await call(statusPath, {
    method: 'DELETE',
    headers: { Accept: fhirJson, [csrfHeader.name]: csrfHeader.value },
  });
  if (response.status !== 202 && response.status !== 204) throw await refusal(response);
}

/**
 * The path (and query) of a status or file URL the server gave, to call on this origin: the session
 * cookie is this origin's, and the gateway may name itself with another scheme or host behind a
 * proxy. Anything that is not the export's own endpoint is refused rather than followed.
 */
export function onThisOrigin(url: string, endpoint: 'export-status' | 'export-file'): string {
  let parsed: URL;
  try {
    parsed = new URL(url, window.location.href);
  } catch {
    throw new ExportError(t('The server gave an address Motus could not read.'), null);
  }
  const path = parsed.pathname.replace('/%24', '/$');
  if (!path.startsWith(`/fhir/R4/$${endpoint}/`)) {
    throw new ExportError(t('The server gave an address Motus does not follow.'), null);
  }
  return path + parsed.search;
}

/** Retry-After in seconds (a number or an HTTP date), at least 1; the default when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (header === null || header.trim() === '') return DEFAULT_RETRY_AFTER_SECONDS;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header.trim()) : (Date.parse(header) - now) / 1000;
  if (!Number.isFinite(seconds)) return DEFAULT_RETRY_AFTER_SECONDS;
  return Math.max(1, Math.ceil(seconds));
}

/** What an error answer says: an OperationOutcome's diagnostics, a problem's detail or title, else the status. */
export function outcomeText(body: unknown, status: number): string {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    if (Array.isArray(record['issue'])) {
      const said = (record['issue'] as { diagnostics?: unknown }[])
        .map((issue) => issue.diagnostics)
        .filter((text): text is string => typeof text === 'string' && text.trim() !== '');
      if (said.length > 0) return said.join(' ');
    }
    for (const key of ['detail', 'title']) {
      const text = record[key];
      if (typeof text === 'string' && text.trim() !== '') return text;
    }
  }
  return t('The server answered with status {status}.', { status: String(status) });
}

async function call(path: string, init: RequestInit): Promise<Response> {
  try {
    // What the server writes for a person (an OperationOutcome's diagnostics) in the screen's language.
    const headers = { ...(init.headers as Record<string, string>), 'Accept-Language': currentLanguage() };
    return await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ExportError(t('No answer from the server.'), null);
  }
}

async function refusal(response: Response): Promise<ExportError> {
  const retryAfter = response.headers.get('Retry-After');
  return new ExportError(
    outcomeText(await readJson(response), response.status),
    response.status,
    retryAfter === null ? null : retryAfterSeconds(retryAfter),
  );
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}
