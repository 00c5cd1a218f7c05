/**
 * RFC 9457 problem details, the error body every Motus service and the gateway send
 * (application/problem+json: {type, title, status, detail}).
 */
export interface Problem {
  /** A URI naming the kind of problem; "about:blank" when the server gave none. */
  type: string;
  /** A short, human-readable summary of the kind of problem. */
  title: string;
  /** The HTTP status of the response (the response's own status wins over the body's). */
  status: number;
  /** What went wrong this time, when the server said. */
  detail?: string;
  instance?: string;
  /** Any other members (for example a list of validation violations). */
  extensions: Record<string, unknown>;
}

const standardMembers = new Set(['type', 'title', 'status', 'detail', 'instance']);

/**
 * Reads a problem out of an error response body. Never throws: a body that is not a problem
 * (HTML from a proxy, empty, malformed) still gives a usable Problem built from the status.
 */
export function toProblem(body: unknown, status: number, statusText = ''): Problem {
  const fields = isRecord(body) ? body : {};
  const problem: Problem = {
    type: nonEmptyString(fields['type']) ?? 'about:blank',
    title: nonEmptyString(fields['title']) ?? (statusText || `HTTP ${status}`),
    status,
    extensions: {},
  };
  const detail = nonEmptyString(fields['detail']);
  if (detail !== undefined) problem.detail = detail;
  const instance = nonEmptyString(fields['instance']);
  if (instance !== undefined) problem.instance = instance;
  for (const [key, value] of Object.entries(fields)) {
    if (!standardMembers.has(key)) problem.extensions[key] = value;
  }
  return problem;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
