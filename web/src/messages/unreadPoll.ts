/**
 * How often the app asks for unread counts (docs/adr/0023): soon after something changed, then less
 * and less often while nothing does, and never while the tab is hidden (it asks at once when the
 * tab is shown again).
 */
export const fastestPollMs = 5_000;
export const slowestPollMs = 60_000;

/** The wait before the next poll: back to the fastest after a change or an error-free first answer, else doubled. */
export function nextPollDelay(previousMs: number | null, changed: boolean): number {
  if (previousMs === null || changed) return fastestPollMs;
  return Math.min(slowestPollMs, previousMs * 2);
}

/** A fingerprint of the counts: a change in any thread's count or latest message. */
export function unreadKey(threads: readonly { patientId: string; unread: number; lastMessageAt: string | null }[]) {
  return threads.map((t) => `${t.patientId}:${t.unread}:${t.lastMessageAt ?? ''}`).join('|');
}
