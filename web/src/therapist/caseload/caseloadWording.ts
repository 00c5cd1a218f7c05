import type { CaseloadEntry } from '../../api/caseload.ts';
import { t } from '../../i18n/i18n.ts';

/** "2 of 4 sessions this week", or without a target when none is prescribed. */
export function adherenceText(entry: CaseloadEntry): string {
  const { sessionsThisWeek, prescribedSessionsPerWeek } = entry.adherence;
  if (prescribedSessionsPerWeek === null) {
    return t('{count, plural, one {# session} other {# sessions}} this week (no target set)', {
      count: sessionsThisWeek,
    });
  }
  return t('{count} of {target} sessions this week', { count: sessionsThisWeek, target: prescribedSessionsPerWeek });
}
