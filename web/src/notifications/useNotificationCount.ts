import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { fetchNotificationCount } from '../api/notifications.ts';
import { nextPollDelay } from '../messages/unreadPoll.ts';

/**
 * The caller's unread notification count for the bell, polled like the message counts
 * (messages/unreadPoll.ts, docs/adr/0023): fast after a change, backing off to a minute while
 * nothing changes, paused while the tab is hidden and asked at once when it is shown again.
 * `refresh` asks now (after the list marked something read) and restarts the fast pace.
 */
export function useNotificationCount(): [number, () => void] {
  const [count, setCount] = useState(0);
  const pollNow = useRef<() => void>(() => undefined);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay: number | null = null;
    let last: number | null = null;
    let stopped = false;
    const poll = async () => {
      timer = undefined;
      if (stopped || document.visibilityState !== 'visible') return;
      let changed = false;
      try {
        const answer = await fetchNotificationCount();
        changed = last !== null && answer.unread !== last;
        last = answer.unread;
        if (!stopped) setCount(answer.unread);
      } catch {
        // offline or signed out: keep the last count and ask again later
      }
      if (stopped || timer !== undefined) return;
      delay = nextPollDelay(delay, changed);
      timer = setTimeout(() => void poll(), delay);
    };
    const restart = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      delay = null;
      void poll();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') restart();
    };
    pollNow.current = restart;
    void poll();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  const refresh = useCallback(() => pollNow.current(), []);
  return [count, refresh];
}
