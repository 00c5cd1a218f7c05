import { ApiError, NetworkError } from '../api/http.ts';
import { t } from '../i18n/i18n.ts';

// Apart from failureMessage.ts, which the first load carries: only screens behind sign-in use this.

/** Plain words for a failed action ("save the draft"), with what the server said when it said something. */
export function actionFailure(error: unknown, action: string): string {
  if (error instanceof NetworkError) {
    return t('Could not {action}: Motus is not answering. Check the connection and try again.', { action });
  }
  if (error instanceof ApiError) {
    if (error.status === 401) return t('Could not {action}: you are signed out. Please sign in again.', { action });
    if (error.status >= 500) {
      return t('Could not {action}: something went wrong on our side. Please try again.', { action });
    }
    return t('Could not {action}: {said}', { action, said: error.problem.detail ?? error.problem.title });
  }
  return t('Could not {action}. Please try again.', { action });
}
