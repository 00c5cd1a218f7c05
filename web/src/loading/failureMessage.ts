import { ApiError, NetworkError } from '../api/http.ts';
import { t } from '../i18n/i18n.ts';

/**
 * Plain words for why something could not be loaded. `what` names the thing, e.g.
 * "your exercises". The server's detail is added when it said something specific.
 */
export function failureMessage(error: unknown, what: string): string {
  if (error instanceof NetworkError) {
    return t('We could not load {what}: Motus is not answering. Check your internet connection and try again.', {
      what,
    });
  }
  if (error instanceof ApiError) {
    if (error.status === 401) return t('You are signed out. Please sign in again.');
    if (error.status === 403) return t('You are not allowed to see {what}.', { what });
    if (error.status >= 500) {
      return t('We could not load {what}: something went wrong on our side. Please try again in a moment.', { what });
    }
    const said = error.problem.detail ?? error.problem.title;
    return t('We could not load {what}. The server said: {said}', { what, said });
  }
  return t('We could not load {what}. Please try again.', { what });
}
