import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import {
  cancelExport,
  DEFAULT_RETRY_AFTER_SECONDS,
  ExportError,
  exportStatus,
  onThisOrigin,
  outcomeText,
  retryAfterSeconds,
  startExport,
} from './bulkExport.ts';

let fetchMock: Mock<typeof fetch>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
});

function sent(index = 0): { url: string; init: RequestInit; headers: Headers } {
  const call = fetchMock.mock.calls[index];
  if (!call) throw new Error(`fetch call ${index} was not made`);
  const init = call[1] ?? {};
  return { url: String(call[0]), init, headers: new Headers(init.headers) };
}

const outcome = (diagnostics: string, status: number) =>
  new Response(
    JSON.stringify({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'invalid', diagnostics }],
    }),
    { status, headers: { 'Content-Type': 'application/fhir+json' } },
  );

describe('startExport', () => {
  it('asks asynchronously for FHIR JSON with the types and date chosen, and follows Content-Location on this origin', async () => {
    fetchMock.mockResolvedValue(
      new Response(null, {
        status: 202,
        headers: { 'Content-Location': 'https://motus.example.org/fhir/R4/$export-status/j1' },
      }),
    );
    const path = await startExport({ types: ['Patient', 'Observation'], since: '2026-12-01T00:00:00.000Z' });
    expect(path).toBe('/fhir/R4/$export-status/j1');
    const { url, init, headers } = sent();
    expect(url).toBe('/fhir/R4/$export?_type=Patient%2CObservation&_since=2026-12-01T00%3A00%3A00.000Z');
    expect(init.method ?? 'GET').toBe('GET');
    expect(init.credentials).toBe('same-origin');
    expect(headers.get('Prefer')).toBe('respond-async');
    expect(headers.get('Accept')).toBe('application/fhir+json');
    expect(headers.has('X-Requested-By')).toBe(false);
  });

  it('asks for everything when nothing was chosen', async () => {
    fetchMock.mockResolvedValue(
      new Response(null, { status: 202, headers: { 'Content-Location': '/fhir/R4/$export-status/j2' } }),
    );
    await startExport({ types: [], since: null });
    expect(sent().url).toBe('/fhir/R4/$export');
  });

  it('rejects with the OperationOutcome’s diagnostics', async () => {
    fetchMock.mockResolvedValue(outcome('_since=yesterday: a FHIR instant.', 400));
    const error = await startExport({ types: [], since: 'yesterday' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).message).toBe('_since=yesterday: a FHIR instant.');
    expect((error as ExportError).status).toBe(400);
    expect((error as ExportError).transient).toBe(false);
  });

  it('says when there was no answer at all, as something to try again', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = (await startExport({ types: [], since: null }).catch((e: unknown) => e)) as ExportError;
    expect(error.status).toBeNull();
    expect(error.transient).toBe(true);
  });
});

describe('exportStatus', () => {
  it('reads a 202 as running, with X-Progress and Retry-After', async () => {
    fetchMock.mockResolvedValue(
      new Response(null, {
        status: 202,
        headers: { 'X-Progress': 'Patient: 500 resources written', 'Retry-After': '7' },
      }),
    );
    expect(await exportStatus('/fhir/R4/$export-status/j1')).toEqual({
      state: 'running',
      progress: 'Patient: 500 resources written',
      retryAfterSeconds: 7,
    });
    expect(sent().headers.has('X-Requested-By')).toBe(false);
  });

  it('reads a 200 as the manifest', async () => {
    const manifest = {
      transactionTime: '2026-12-06T05:00:00Z',
      request: 'https://motus.example.org/fhir/R4/$export',
      requiresAccessToken: true,
      output: [{ type: 'Patient', url: 'https://motus.example.org/fhir/R4/$export-file/j1/1', count: 3 }],
      error: [],
    };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(manifest), { status: 200 }));
    expect(await exportStatus('/fhir/R4/$export-status/j1')).toEqual({ state: 'done', manifest });
  });

  it('reads a failed job and an unknown one as errors, the second as gone', async () => {
    fetchMock.mockResolvedValueOnce(outcome('The bulk export failed: disk full', 500));
    fetchMock.mockResolvedValueOnce(outcome('No bulk export j1.', 404));
    const failed = (await exportStatus('/s').catch((e: unknown) => e)) as ExportError;
    expect(failed.message).toBe('The bulk export failed: disk full');
    expect(failed.transient).toBe(false);
    const gone = (await exportStatus('/s').catch((e: unknown) => e)) as ExportError;
    expect(gone.gone).toBe(true);
  });
});

describe('a busy server', () => {
  it('is worth asking again after its Retry-After', async () => {
    fetchMock.mockResolvedValue(new Response('', { status: 503, headers: { 'Retry-After': '12' } }));
    const error = (await exportStatus('/s').catch((e: unknown) => e)) as ExportError;
    expect(error.transient).toBe(true);
    expect(error.retryAfterSeconds).toBe(12);
  });
});

describe('cancelExport', () => {
  it('sends DELETE with the CSRF header', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 202 }));
    await cancelExport('/fhir/R4/$export-status/j1');
    const { url, init, headers } = sent();
    expect(url).toBe('/fhir/R4/$export-status/j1');
    expect(init.method).toBe('DELETE');
    expect(headers.get('X-Requested-By')).toBe('motus-web');
  });
});

describe('onThisOrigin', () => {
  it('keeps the path of the export’s own endpoints, whatever host the server named', () => {
    expect(onThisOrigin('http://gateway:8080/fhir/R4/$export-status/j1', 'export-status')).toBe(
      '/fhir/R4/$export-status/j1',
    );
    expect(onThisOrigin('https://motus.example.org/fhir/R4/%24export-file/j1/2', 'export-file')).toBe(
      '/fhir/R4/$export-file/j1/2',
    );
  });

  it('refuses any other address', () => {
    expect(() => onThisOrigin('https://evil.example/api/v1/patients', 'export-status')).toThrow(ExportError);
    expect(() => onThisOrigin('/fhir/R4/$export-file/j1/1', 'export-status')).toThrow(ExportError);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and dates, never less than one second, and defaults when absent', () => {
    expect(retryAfterSeconds('5')).toBe(5);
    expect(retryAfterSeconds('0')).toBe(1);
    expect(retryAfterSeconds(null)).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds('soon')).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    const now = Date.parse('2026-12-06T05:00:00Z');
    expect(retryAfterSeconds('Sun, 06 Dec 2026 05:00:30 GMT', now)).toBe(30);
  });
});

describe('outcomeText', () => {
  it('joins the diagnostics, else takes a problem’s detail, else names the status', () => {
    expect(
      outcomeText({ resourceType: 'OperationOutcome', issue: [{ diagnostics: 'a' }, { diagnostics: 'b' }] }, 400),
    ).toBe('a b');
    expect(outcomeText({ title: 'Forbidden', detail: 'Missing X-Requested-By' }, 403)).toBe('Missing X-Requested-By');
    expect(outcomeText(undefined, 502)).toBe('The server answered with status 502.');
  });
});
