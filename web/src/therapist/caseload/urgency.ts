import type { CaseloadEntry } from '../../api/caseload.ts';

/** DOMAIN.md rule 4: activity should stay at or below 3/10. */
export const painCeiling = 3;
/** Remote monitoring needs data on at least 16 of the last 30 days. */
export const engagedDays = 16;

/**
 * Why a patient needs attention, most urgent first:
 * 1. open flags (a rule was broken and nobody has looked yet),
 * 2. latest pain above the 3/10 ceiling,
 * 3. low adherence, measured on the rolling 30 days (fewer than 16 days with any data), because
 *    "sessions this week" is low every Monday and would rank everyone as behind,
 * 4. nothing to act on.
 */
export type UrgencyTier = 'open-flags' | 'pain-above-ceiling' | 'low-adherence' | 'on-track';

const tierRank: Record<UrgencyTier, number> = {
  'open-flags': 0,
  'pain-above-ceiling': 1,
  'low-adherence': 2,
  'on-track': 3,
};

export interface Urgency {
  tier: UrgencyTier;
  /** Plain words for the list (never colour alone). */
  reason: string;
}

export function urgencyOf(entry: CaseloadEntry): Urgency {
  if (entry.openFlags > 0) {
    return { tier: 'open-flags', reason: entry.openFlags === 1 ? '1 open flag' : `${entry.openFlags} open flags` };
  }
  const pain = entry.latestPain?.pain;
  if (pain !== undefined && pain > painCeiling) {
    return { tier: 'pain-above-ceiling', reason: `Pain ${pain}/10, above the ${painCeiling}/10 ceiling` };
  }
  const days = entry.adherence.daysWithDataLast30;
  if (days < engagedDays) {
    return { tier: 'low-adherence', reason: `Data on ${days} of the last 30 days` };
  }
  return { tier: 'on-track', reason: 'On track' };
}

/**
 * The caseload, most urgent first. Within a tier: more open flags, then higher pain, then fewer
 * days with data; last, by name so the order is stable.
 */
export function sortByUrgency(entries: readonly CaseloadEntry[]): CaseloadEntry[] {
  return [...entries].sort((a, b) => {
    const byTier = tierRank[urgencyOf(a).tier] - tierRank[urgencyOf(b).tier];
    if (byTier !== 0) return byTier;
    if (a.openFlags !== b.openFlags) return b.openFlags - a.openFlags;
    const painA = a.latestPain?.pain ?? -1;
    const painB = b.latestPain?.pain ?? -1;
    if (painA !== painB) return painB - painA;
    const daysA = a.adherence.daysWithDataLast30;
    const daysB = b.adherence.daysWithDataLast30;
    if (daysA !== daysB) return daysA - daysB;
    return a.displayName.localeCompare(b.displayName);
  });
}

/** "2 of 4 sessions this week", or without a target when none is prescribed. */
export function adherenceText(entry: CaseloadEntry): string {
  const { sessionsThisWeek, prescribedSessionsPerWeek } = entry.adherence;
  const sessions = sessionsThisWeek === 1 ? '1 session' : `${sessionsThisWeek} sessions`;
  if (prescribedSessionsPerWeek === null) return `${sessions} this week (no target set)`;
  return `${sessionsThisWeek} of ${prescribedSessionsPerWeek} sessions this week`;
}
