import { ApiError, NetworkError } from '../api/http.ts';

/**
 * Plain words for why something could not be loaded. `what` names the thing, e.g.
 * "your exercises". The server's detail is added when it said something specific.
 */
export function failureMessage(error: unknown, what: string): string {
  if (error instanceof NetworkError) {
    return `We could not load ${what}: Motus is not answering. Check your internet connection and try again.`;
  }
  if (error instanceof ApiError) {
    if (error.status === 401) return 'You are signed out. Please sign in again.';
    if (error.status === 403) return `You are not allowed to see ${what}.`;
    if (error.status >= 500) {
      return `We could not load ${what}: something went wrong on our side. Please try again in a moment.`;
    }
    const said = error.problem.detail ?? error.problem.title;
    return `We could not load ${what}. The server said: ${said}`;
  }
  return `We could not load ${what}. Please try again.`;
}

/** Plain words for a failed action ("save the draft"), with what the server said when it said something. */
export function actionFailure(error: unknown, action: string): string {
  if (error instanceof NetworkError) {
    return `Could not ${action}: Motus is not answering. Check the connection and try again.`;
  }
  if (error instanceof ApiError) {
    if (error.status === 401) return `Could not ${action}: you are signed out. Please sign in again.`;
    if (error.status >= 500) return `Could not ${action}: something went wrong on our side. Please try again.`;
    return `Could not ${action}: ${error.problem.detail ?? error.problem.title}`;
  }
  return `Could not ${action}. Please try again.`;
}
