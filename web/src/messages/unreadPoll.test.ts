import { describe, expect, it } from 'vitest';
import { fastestPollMs, nextPollDelay, slowestPollMs, unreadKey } from './unreadPoll.ts';

describe('the unread poll', () => {
  it('starts fast and comes back to fast after a change', () => {
    expect(nextPollDelay(null, false)).toBe(fastestPollMs);
    expect(nextPollDelay(40_000, true)).toBe(fastestPollMs);
  });

  it('backs off by doubling while nothing changes, up to a minute', () => {
    expect(nextPollDelay(5_000, false)).toBe(10_000);
    expect(nextPollDelay(40_000, false)).toBe(slowestPollMs);
    expect(nextPollDelay(slowestPollMs, false)).toBe(slowestPollMs);
  });

  it('sees a new message even when the unread count stays the same', () => {
    const before = unreadKey([{ patientId: 'p', unread: 0, lastMessageAt: '2026-12-01T10:00:00Z' }]);
    const after = unreadKey([{ patientId: 'p', unread: 0, lastMessageAt: '2026-12-01T10:05:00Z' }]);
    expect(after).not.toBe(before);
  });
});
