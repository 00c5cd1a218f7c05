import { useEffect, useReducer } from 'preact/hooks';
import {
  cancelExport,
  DEFAULT_RETRY_AFTER_SECONDS,
  ExportError,
  exportStatus,
  startExport,
  type ExportType,
} from '../../api/bulkExport.ts';
import { t } from '../../i18n/i18n.ts';
import { exportJobReducer, rememberedStatusPath, rememberStatusPath, resumed } from './exportJob.ts';

/** The sentence for a failed call: the server's words where it gave them. */
function said(e: unknown): string {
  return e instanceof Error ? e.message : t('Something went wrong.');
}

/** Runs `run` after `ms` milliseconds; answers a function that calls it off. Tests pass their own clock. */
export type Schedule = (run: () => void, ms: number) => () => void;

const afterDelay: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * Starts, follows and cancels the clinic export. Polls the status while the job runs, waiting what
 * the server's Retry-After asks (at least 1 s), and stops when the screen goes. The job's status
 * path is kept in sessionStorage so a reload follows it again.
 */
export function useExportJob(schedule: Schedule = afterDelay) {
  const [state, dispatch] = useReducer(exportJobReducer, undefined, () => resumed(rememberedStatusPath()));

  useEffect(() => rememberStatusPath(state.statusPath), [state.statusPath]);

  const following = state.phase === 'running' ? state.statusPath : null;
  useEffect(() => {
    if (following === null) return;
    const controller = new AbortController();
    let callOff = () => {};
    const poll = async () => {
      let waitSeconds: number;
      try {
        const status = await exportStatus(following, controller.signal);
        if (controller.signal.aborted) return;
        if (status.state === 'done') {
          dispatch({ type: 'done', manifest: status.manifest });
          return;
        }
        dispatch({ type: 'progress', progress: status.progress });
        waitSeconds = status.retryAfterSeconds;
      } catch (e: unknown) {
        if (controller.signal.aborted) return;
        if (!(e instanceof ExportError) || !e.transient) {
          const gone = e instanceof ExportError && e.gone;
          dispatch({
            type: 'failed',
            error: gone ? t('This export is no longer available: {said}', { said: said(e) }) : said(e),
          });
          return;
        }
        waitSeconds = e.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
        dispatch({
          type: 'waiting',
          error: t(
            'Could not ask how the export is going ({said}); asking again in {seconds, plural, one {# second} other {# seconds}}.',
            {
              said: said(e),
              seconds: waitSeconds,
            },
          ),
        });
      }
      callOff = schedule(() => void poll(), Math.max(1, waitSeconds) * 1000);
    };
    void poll();
    return () => {
      controller.abort();
      callOff();
    };
  }, [following, schedule]);

  const start = async (types: readonly ExportType[], since: string | null) => {
    dispatch({ type: 'start' });
    try {
      dispatch({ type: 'started', statusPath: await startExport({ types, since }) });
    } catch (e: unknown) {
      dispatch({ type: 'failed', error: said(e) });
    }
  };

  const cancel = async () => {
    if (state.statusPath === null) return;
    dispatch({ type: 'cancel' });
    try {
      await cancelExport(state.statusPath);
      dispatch({ type: 'cancelled' });
    } catch (e: unknown) {
      // Already gone (expired or deleted elsewhere): as good as cancelled.
      if (e instanceof ExportError && e.gone) dispatch({ type: 'cancelled' });
      else dispatch({ type: 'cancelFailed', error: said(e) });
    }
  };

  return { state, start, cancel, forget: () => dispatch({ type: 'forget' }) };
}
