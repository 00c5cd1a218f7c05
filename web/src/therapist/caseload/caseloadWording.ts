import type { CaseloadEntry } from '../../api/caseload.ts';

/** "2 of 4 sessions this week", or without a target when none is prescribed. */
export function adherenceText(entry: CaseloadEntry): string {
  const { sessionsThisWeek, prescribedSessionsPerWeek } = entry.adherence;
  const sessions = sessionsThisWeek === 1 ? '1 session' : `${sessionsThisWeek} sessions`;
  if (prescribedSessionsPerWeek === null) return `${sessions} this week (no target set)`;
  return `${sessionsThisWeek} of ${prescribedSessionsPerWeek} sessions this week`;
}
