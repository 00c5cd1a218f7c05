import type { AuditRow, AuditSource, AuditSourcePage } from '../../api/audit.ts';

/** What has been read from each service so far. */
export type Loaded = Partial<Record<AuditSource, AuditSourcePage>>;

const newestFirst = (a: AuditRow, b: AuditRow) =>
  Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Every service's rows in one list, newest first. A service with more pages to read may still hold
 * rows newer than another service's oldest, so rows older than the oldest row read from any service
 * that has more are held back until its next page is read: the list never shows a gap it would fill later.
 */
export function mergeByTime(loaded: Loaded): { rows: AuditRow[]; more: boolean } {
  const pages = Object.values(loaded);
  let frontier = -Infinity;
  for (const page of pages) {
    if (page.next === null) continue;
    const oldest = Math.min(...page.rows.map((row) => Date.parse(row.occurredAt)));
    frontier = Math.max(frontier, oldest);
  }
  const rows = pages
    .flatMap((page) => page.rows)
    .filter((row) => Date.parse(row.occurredAt) >= frontier)
    .sort(newestFirst);
  return { rows, more: pages.some((page) => page.next !== null) };
}
