import { dateFormat, formatLocale } from '../i18n/i18n.ts';
/** "14:30" for an instant in the patient's own time zone (the one on their record, rule 18). */
export function timeIn(iso: string, zone: string): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(formatLocale(), { ...options, timeZone: zone }).format(new Date(iso));
  } catch {
    // A zone this browser does not know: its own zone is the best guess.
    return dateFormat(options).format(new Date(iso));
  }
}
