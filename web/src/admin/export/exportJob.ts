import type { ExportManifest } from '../../api/bulkExport.ts';

/**
 * One clinic export as the screen follows it: started, polled, done, cancelled or failed. Pure, so
 * the steps are tested without a DOM; the polling and the calls are in useExportJob.
 */
export type Phase = 'idle' | 'starting' | 'running' | 'cancelling' | 'done';

export interface ExportJobState {
  phase: Phase;
  /** The status path of the job being followed (also kept in sessionStorage), or null. */
  statusPath: string | null;
  /** The server's X-Progress while the job runs. */
  progress: string | null;
  manifest: ExportManifest | null;
  /** What went wrong, in the server's words where it said. */
  error: string | null;
  /** The last step's outcome worth saying once the job is gone. */
  notice: 'cancelled' | 'deleted' | null;
}

export type ExportJobAction =
  | { type: 'start' }
  | { type: 'started'; statusPath: string }
  | { type: 'progress'; progress: string | null }
  | { type: 'waiting'; error: string }
  | { type: 'done'; manifest: ExportManifest }
  | { type: 'failed'; error: string }
  | { type: 'cancel' }
  | { type: 'cancelled' }
  | { type: 'cancelFailed'; error: string }
  | { type: 'forget' };

export const idle: ExportJobState = {
  phase: 'idle',
  statusPath: null,
  progress: null,
  manifest: null,
  error: null,
  notice: null,
};

/** A job found in sessionStorage is followed again at once. */
export function resumed(statusPath: string | null): ExportJobState {
  return statusPath === null ? idle : { ...idle, phase: 'running', statusPath };
}

export function exportJobReducer(state: ExportJobState, action: ExportJobAction): ExportJobState {
  switch (action.type) {
    case 'start':
      return { ...idle, phase: 'starting' };
    case 'started':
      return { ...idle, phase: 'running', statusPath: action.statusPath };
    case 'progress':
      return state.phase === 'running' ? { ...state, progress: action.progress, error: null } : state;
    case 'waiting':
      return state.phase === 'running' ? { ...state, error: action.error } : state;
    case 'done':
      return state.phase === 'running' ? { ...state, phase: 'done', manifest: action.manifest, error: null } : state;
    case 'failed':
      // Refused at kick-off, or the job failed, expired or is unknown: nothing left to follow.
      // A late answer to a poll after a cancel (the job is gone by then) changes nothing.
      return state.phase === 'starting' || state.phase === 'running' ? { ...idle, error: action.error } : state;
    case 'cancel':
      return { ...state, phase: 'cancelling', error: null };
    case 'cancelled':
      return { ...idle, notice: state.manifest === null ? 'cancelled' : 'deleted' };
    case 'cancelFailed':
      return { ...state, phase: state.manifest === null ? 'running' : 'done', error: action.error };
    case 'forget':
      return idle;
  }
}

const storageKey = 'motus-admin-export';

/** The status path of the export this tab follows, kept over a reload (sessionStorage: this tab only). */
export function rememberedStatusPath(): string | null {
  try {
    const path = sessionStorage.getItem(storageKey);
    return path?.startsWith('/fhir/R4/$export-status/') ? path : null;
  } catch {
    return null;
  }
}

export function rememberStatusPath(statusPath: string | null): void {
  try {
    if (statusPath === null) sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, statusPath);
  } catch {
    // Storage refused (private mode, quota): a reload then forgets the job, nothing worse.
  }
}
