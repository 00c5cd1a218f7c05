import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ExportManifest } from '../../api/bulkExport.ts';
import { ExportScreen } from './ExportScreen.tsx';
import { exportJobReducer, idle, rememberedStatusPath, resumed } from './exportJob.ts';
import type { Schedule } from './useExportJob.ts';

const statusPath = '/fhir/R4/$export-status/5b1d0000-0000-4000-8000-000000000001';
const storageKey = 'motus-admin-export';

function aManifest(overrides: Partial<ExportManifest> = {}): ExportManifest {
  return {
    transactionTime: '2026-12-06T05:00:00Z',
    request: 'https://motus.example.org/fhir/R4/$export',
    requiresAccessToken: true,
    output: [
      { type: 'Patient', url: 'https://motus.example.org/fhir/R4/$export-file/5b1d/1', count: 312 },
      { type: 'Observation', url: 'https://motus.example.org/fhir/R4/$export-file/5b1d/2', count: 5000 },
    ],
    error: [],
    ...overrides,
  };
}

const accepted = (headers: Record<string, string>) => new Response(null, { status: 202, headers });
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const outcome = (diagnostics: string, status: number) =>
  json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid', diagnostics }] }, status);

/** A clock the test moves: each poll the screen schedules waits here until `next()` runs it. */
function aClock() {
  const waiting: { run: () => void; ms: number; off: boolean }[] = [];
  const schedule: Schedule = vi.fn((run: () => void, ms: number) => {
    const entry = { run, ms, off: false };
    waiting.push(entry);
    return () => {
      entry.off = true;
    };
  });
  return {
    schedule,
    waiting,
    /** The latest scheduled poll. */
    last() {
      const entry = waiting[waiting.length - 1];
      if (!entry) throw new Error('no poll was scheduled');
      return entry;
    },
    /** Runs the latest scheduled poll, as if its wait had passed. */
    next() {
      const entry = waiting[waiting.length - 1];
      if (!entry || entry.off) throw new Error('no poll is waiting');
      entry.run();
    },
  };
}

let fetchMock: Mock<typeof fetch>;

/** Answers each call with the next answer given for its method and path. */
function answer(routes: Record<string, Response[]>) {
  fetchMock.mockImplementation(async (input, init) => {
    const key = `${init?.method ?? 'GET'} ${String(input).replace(/\?.*$/, '')}`;
    const next = routes[key]?.shift();
    if (!next) throw new Error(`unexpected ${key}`);
    return next;
  });
}

function calls(method: string) {
  return fetchMock.mock.calls.filter(([, init]) => (init?.method ?? 'GET') === method);
}

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  sessionStorage.clear();
});

afterEach(() => sessionStorage.clear());

describe('the clinic export screen', () => {
  it('starts an export with the types and date chosen, then follows its progress with the server’s Retry-After', async () => {
    const clock = aClock();
    answer({
      'GET /fhir/R4/$export': [accepted({ 'Content-Location': `https://motus.example.org${statusPath}` })],
      [`GET ${statusPath}`]: [
        accepted({ 'X-Progress': 'queued', 'Retry-After': '3' }),
        accepted({ 'X-Progress': 'Observation: 5000 resources written', 'Retry-After': '0' }),
      ],
    });
    render(<ExportScreen schedule={clock.schedule} />);
    fireEvent.click(screen.getByLabelText(/Patient/));
    fireEvent.click(screen.getByLabelText(/Observation/));
    fireEvent.input(screen.getByLabelText('Changed since (optional)'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start the export' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('The server says: queued'));
    const [url, init] = fetchMock.mock.calls[0]!;
    const sent = new URL(String(url), 'https://motus.example.org');
    expect(sent.pathname).toBe('/fhir/R4/$export');
    expect(sent.searchParams.get('_type')).toBe('Patient,Observation');
    expect(sent.searchParams.get('_since')).toBe(new Date('2026-12-01T00:00:00').toISOString());
    const headers = new Headers(init?.headers);
    expect(headers.get('Prefer')).toBe('respond-async');
    expect(headers.get('Accept')).toBe('application/fhir+json');
    expect(init?.credentials).toBe('same-origin');
    // The status address is polled on this origin and kept for a reload.
    expect(String(fetchMock.mock.calls[1]![0])).toBe(statusPath);
    await waitFor(() => expect(sessionStorage.getItem(storageKey)).toBe(statusPath));
    expect(clock.last().ms).toBe(3000);
    expect(screen.queryByRole('button', { name: 'Start the export' })).toBeNull();
    // The Start button went with the form: the keyboard's place is the progress line.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));

    clock.next();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Observation: 5000 resources written'),
    );
    // Retry-After 0 still waits a second.
    expect(clock.last().ms).toBe(1000);
  });

  it('lists the files with their counts and download links once the manifest comes, with the transaction time', async () => {
    sessionStorage.setItem(storageKey, statusPath);
    answer({ [`GET ${statusPath}`]: [json(aManifest())] });
    const { container } = render(<ExportScreen schedule={aClock().schedule} />);
    const patients = await screen.findByRole('link', { name: 'Download file 1 (Patient)' });
    expect(patients.getAttribute('href')).toBe('/fhir/R4/$export-file/5b1d/1');
    expect(patients.hasAttribute('download')).toBe(true);
    const observations = screen.getByRole('link', { name: 'Download file 2 (Observation)' });
    expect(observations.getAttribute('href')).toBe('/fhir/R4/$export-file/5b1d/2');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('312');
    expect(rows[2]!.textContent).toMatch(/5,000/);
    expect(screen.getByRole('status').textContent).toBe('The export is ready: 2 files.');
    expect(container.querySelector('[data-testid="export-transaction-time"]')!.textContent).toContain('2026');
  });

  it('shows the OperationOutcome’s words when the server refuses the request, and queues nothing', async () => {
    answer({
      'GET /fhir/R4/$export': [outcome('_since=2026-13-01: a FHIR instant, e.g. 2026-12-01T00:00:00Z.', 400)],
    });
    render(<ExportScreen schedule={aClock().schedule} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start the export' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '_since=2026-13-01: a FHIR instant, e.g. 2026-12-01T00:00:00Z.',
    );
    expect(fetchMock.mock.calls[0]![0]).toBe('/fhir/R4/$export');
    await waitFor(() => expect(sessionStorage.getItem(storageKey)).toBeNull());
    expect(screen.getByRole('button', { name: 'Start the export' })).toBeTruthy();
  });

  it('shows why a job failed and lets the admin start again', async () => {
    sessionStorage.setItem(storageKey, statusPath);
    answer({ [`GET ${statusPath}`]: [outcome('The bulk export failed: the database went away', 500)] });
    render(<ExportScreen schedule={aClock().schedule} />);
    expect((await screen.findByRole('alert')).textContent).toBe('The bulk export failed: the database went away');
    await waitFor(() => expect(sessionStorage.getItem(storageKey)).toBeNull());
    expect(screen.getByRole('button', { name: 'Start the export' })).toBeTruthy();
  });

  it('cancels with DELETE and the CSRF header, stops polling and forgets the job', async () => {
    const clock = aClock();
    sessionStorage.setItem(storageKey, statusPath);
    answer({
      [`GET ${statusPath}`]: [accepted({ 'X-Progress': 'running', 'Retry-After': '5' })],
      [`DELETE ${statusPath}`]: [accepted({})],
    });
    render(<ExportScreen schedule={clock.schedule} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel the export' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('The export was cancelled and its files deleted.'),
    );
    const [url, init] = calls('DELETE')[0]!;
    expect(url).toBe(statusPath);
    expect(new Headers(init?.headers).get('X-Requested-By')).toBe('motus-web');
    expect(clock.last().off).toBe(true);
    await waitFor(() => expect(sessionStorage.getItem(storageKey)).toBeNull());
    expect(screen.getByRole('button', { name: 'Start the export' })).toBeTruthy();
  });

  it('follows the job kept in sessionStorage after a reload', async () => {
    sessionStorage.setItem(storageKey, statusPath);
    answer({
      [`GET ${statusPath}`]: [accepted({ 'X-Progress': 'Patient: 200 resources written', 'Retry-After': '5' })],
    });
    render(<ExportScreen schedule={aClock().schedule} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Patient: 200 resources written'));
    expect(calls('GET').map(([url]) => url)).toEqual([statusPath]);
    expect(screen.getByRole('button', { name: 'Cancel the export' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start the export' })).toBeNull();
  });

  it('stops polling when the screen goes away', async () => {
    const clock = aClock();
    sessionStorage.setItem(storageKey, statusPath);
    answer({ [`GET ${statusPath}`]: [accepted({ 'X-Progress': 'queued', 'Retry-After': '5' })] });
    const { unmount } = render(<ExportScreen schedule={clock.schedule} />);
    await waitFor(() => expect(clock.waiting).toHaveLength(1));
    unmount();
    // Preact runs the effect's cleanup just after the unmount.
    await waitFor(() => expect(clock.waiting[0]!.off).toBe(true));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // The job is still kept: opening the screen again follows it.
    expect(sessionStorage.getItem(storageKey)).toBe(statusPath);
  });

  it('says when the job is gone (expired or unknown) and forgets it', async () => {
    sessionStorage.setItem(storageKey, statusPath);
    answer({ [`GET ${statusPath}`]: [outcome('No bulk export 5b1d0000-0000-4000-8000-000000000001.', 404)] });
    render(<ExportScreen schedule={aClock().schedule} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This export is no longer available: No bulk export 5b1d0000-0000-4000-8000-000000000001.',
    );
    await waitFor(() => expect(sessionStorage.getItem(storageKey)).toBeNull());
  });

  it('keeps asking when the server does not answer for a moment', async () => {
    const clock = aClock();
    sessionStorage.setItem(storageKey, statusPath);
    answer({
      [`GET ${statusPath}`]: [new Response('', { status: 503, headers: { 'Retry-After': '10' } }), json(aManifest())],
    });
    render(<ExportScreen schedule={clock.schedule} />);
    expect((await screen.findByRole('alert')).textContent).toContain('asking again in 10 seconds');
    expect(clock.last().ms).toBe(10000);
    clock.next();
    expect(await screen.findByRole('link', { name: 'Download file 1 (Patient)' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('deletes a finished export’s files on request', async () => {
    sessionStorage.setItem(storageKey, statusPath);
    answer({ [`GET ${statusPath}`]: [json(aManifest())], [`DELETE ${statusPath}`]: [accepted({})] });
    render(<ExportScreen schedule={aClock().schedule} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the files now' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The export’s files were deleted.'));
    expect(screen.queryByRole('link')).toBeNull();
    await waitFor(() => expect(sessionStorage.getItem(storageKey)).toBeNull());
  });
});

describe('the export job', () => {
  it('resumes only a status address of the export itself', () => {
    sessionStorage.setItem(storageKey, '/api/v1/patients');
    expect(rememberedStatusPath()).toBeNull();
    sessionStorage.setItem(storageKey, statusPath);
    expect(resumed(rememberedStatusPath())).toMatchObject({ phase: 'running', statusPath });
  });

  it('goes back to following the job when a cancel fails, and ignores a late poll once cancelled or done', () => {
    const running = exportJobReducer(idle, { type: 'started', statusPath });
    const cancelling = exportJobReducer(running, { type: 'cancel' });
    expect(exportJobReducer(cancelling, { type: 'cancelFailed', error: 'no' })).toMatchObject({
      phase: 'running',
      error: 'no',
    });
    const cancelled = exportJobReducer(cancelling, { type: 'cancelled' });
    expect(exportJobReducer(cancelled, { type: 'failed', error: 'No bulk export.' })).toBe(cancelled);
    const done = exportJobReducer(running, { type: 'done', manifest: aManifest() });
    expect(exportJobReducer(done, { type: 'progress', progress: 'late' })).toBe(done);
  });
});
