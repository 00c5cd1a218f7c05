import { useEffect, useRef } from 'preact/hooks';
import { ExportFiles } from './ExportFiles.tsx';
import { ExportForm } from './ExportForm.tsx';
import type { ExportJobState } from './exportJob.ts';
import { useExportJob, type Schedule } from './useExportJob.ts';
import { t } from '../../i18n/i18n.ts';

/** The line the polite live region says: where the export stands. */
function statusLine(state: ExportJobState): string {
  switch (state.phase) {
    case 'starting':
      return t('Starting the export…');
    case 'running':
      return state.progress === null
        ? t('The export is running…')
        : t('The export is running. The server says: {progress}', { progress: state.progress });
    case 'cancelling':
      return t('Cancelling the export…');
    case 'done':
      return t('The export is ready: {count, plural, one {# file} other {# files}}.', {
        count: state.manifest?.output.length ?? 0,
      });
    case 'idle':
      if (state.notice === 'cancelled') return t('The export was cancelled and its files deleted.');
      if (state.notice === 'deleted') return t('The export’s files were deleted.');
      return '';
  }
}

/**
 * Admin: the clinic-wide FHIR Bulk Data export (patient-service, docs/adr/0051). Choose types and a
 * date, start, follow the progress, cancel, then download the NDJSON files. A reload follows the
 * same job again (its status address is kept in sessionStorage).
 */
export function ExportScreen({ schedule }: { schedule?: Schedule }) {
  const { state, start, cancel, forget } = useExportJob(schedule);
  const choosing = state.phase === 'idle' || state.phase === 'starting';
  const statusRef = useRef<HTMLParagraphElement>(null);
  // The button pressed (Start, Cancel, Delete) goes away with its step: keep the keyboard's place
  // on the line that says what happened, rather than lose it to the page.
  useEffect(() => {
    if (state.phase === 'idle' && state.notice === null && state.error === null) return;
    const active = document.activeElement;
    if (active === null || active === document.body) statusRef.current?.focus();
  }, [state.phase, state.notice, state.error]);
  return (
    <section aria-labelledby="export-heading" data-screen="export">
      <h2 id="export-heading">{t('Export clinic data')}</h2>
      <p>
        {t(
          'A FHIR Bulk Data export of every patient’s records as NDJSON files (one resource a line), for moving to another system or to an archive.',
        )}
      </p>
      <p>
        {t(
          'Every patient included is recorded in the audit trail, and so is every file downloaded. The files are kept 24 hours, then deleted.',
        )}
      </p>
      {choosing && (
        <ExportForm busy={state.phase === 'starting'} onStart={(types, since) => void start(types, since)} />
      )}
      <p role="status" aria-live="polite" class="export-status" data-phase={state.phase} tabIndex={-1} ref={statusRef}>
        {statusLine(state)}
      </p>
      {state.error !== null && <p role="alert">{state.error}</p>}
      {(state.phase === 'running' || state.phase === 'cancelling') && (
        <button type="button" disabled={state.phase === 'cancelling'} onClick={() => void cancel()}>
          {t('Cancel the export')}
        </button>
      )}
      {state.phase === 'done' && state.manifest !== null && (
        <>
          <ExportFiles manifest={state.manifest} />
          <button type="button" onClick={() => void cancel()}>
            {t('Delete the files now')}
          </button>{' '}
          <button type="button" onClick={forget}>
            {t('Start another export')}
          </button>
        </>
      )}
    </section>
  );
}
