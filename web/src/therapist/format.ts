import { dateFormat } from '../i18n/i18n.ts';
/** Dates and times in the therapist's own locale and time zone. */

const dateTime = () =>
  dateFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = () => dateFormat({ day: 'numeric', month: 'short', year: 'numeric' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime().format(date);
}

export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly().format(date);
}

/** "LOW_BACK" -> "Low back". */
export function plainWords(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The `violations[]` of a problem answer, when it has them. */
export function violationsOf(extensions: Record<string, unknown>): { field: string; message: string; code?: string }[] {
  const raw = extensions['violations'];
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    .map((v) => {
      const code = typeof v['code'] === 'string' ? v['code'] : undefined;
      const message = typeof v['message'] === 'string' && v['message'] !== '' ? v['message'] : (code ?? '');
      return { field: typeof v['field'] === 'string' ? v['field'] : '', message, ...(code ? { code } : {}) };
    });
}

/** Plain words for a failed action; shared with the patient's screens. */
export { actionFailure } from '../loading/actionFailure.ts';
