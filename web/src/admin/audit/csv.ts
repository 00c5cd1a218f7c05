import type { AuditRow } from '../../api/audit.ts';

const columns: { title: string; value: (row: AuditRow) => string }[] = [
  { title: 'occurredAt', value: (row) => row.occurredAt },
  { title: 'service', value: (row) => row.source },
  { title: 'action', value: (row) => row.action },
  { title: 'outcome', value: (row) => row.outcome },
  { title: 'actorSubject', value: (row) => row.actorSubject },
  { title: 'actorRoles', value: (row) => row.actorRoles },
  { title: 'patientId', value: (row) => row.patientId ?? '' },
  { title: 'detail', value: (row) => row.detail ?? '' },
];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A cell
 * a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return) gets a
 * leading apostrophe, so opening the export never runs what an actor typed into a detail.
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The rows as CSV with a header line, lines ending in CRLF. */
export function toCsv(rows: AuditRow[]): string {
  const lines = [columns.map((column) => column.title), ...rows.map((row) => columns.map((c) => c.value(row)))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
