/** When the signalling socket should come back, and when it must not (SIGNALLING.md, "Close codes"). */

export const firstDelayMs = 500;
export const maxDelayMs = 10_000;

/**
 * Delay before reconnect attempt `attempt` (0 = the first after a drop): doubling from 0.5 s up
 * to 10 s, each with "equal jitter" (between half and all of it) so that two people who lost the
 * same Wi-Fi do not knock on the gateway in step.
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, Math.min(attempt, 20)));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

export type CloseVerdict =
  /** The visit is over: show the end. */
  | 'ended'
  /** The same person opened the visit elsewhere (another tab or device). */
  | 'replaced'
  /** We closed it ourselves (leave). */
  | 'left'
  /** A client bug (message too large): retrying would fail the same way. */
  | 'refused-message'
  /** The login session ended (4003: signed out or ended in Keycloak) or expired (4004): sign in again. */
  | 'signed-out'
  /** Lost for a reason that a new socket may fix: network, silence, slow reader, refused upgrade. */
  | 'reconnect';

export function closeVerdict(code: number): CloseVerdict {
  switch (code) {
    case 4000:
      return 'ended';
    case 4001:
      return 'replaced';
    case 1000:
      return 'left';
    case 1009:
      return 'refused-message';
    case 4003:
    case 4004:
      return 'signed-out';
    default:
      return 'reconnect';
  }
}
