import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { fetchUnread, type UnreadMessages } from '../api/messages.ts';
import { nextPollDelay, unreadKey } from './unreadPoll.ts';

const nothing: UnreadMessages = { total: 0, threads: [] };

/**
 * The caller's unread counts, polled while the tab is visible (unreadPoll.ts). One poll per app:
 * the nav badge and the open thread read it from {@link UnreadContext}.
 */
export function useUnreadPoll(): UnreadMessages {
  const [unread, setUnread] = useState<UnreadMessages>(nothing);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay: number | null = null;
    let key: string | null = null;
    let stopped = false;
    const poll = async () => {
      timer = undefined;
      if (stopped || document.visibilityState !== 'visible') return;
      let changed = false;
      try {
        const answer = await fetchUnread();
        const next = unreadKey(answer.threads);
        changed = key !== null && next !== key;
        key = next;
        if (!stopped) setUnread(answer);
      } catch {
        // offline or signed out: keep the last counts and ask again later
      }
      if (stopped) return;
      delay = nextPollDelay(delay, changed);
      timer = setTimeout(() => void poll(), delay);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && timer === undefined) {
        delay = null;
        void poll();
      } else if (document.visibilityState === 'visible' && timer !== undefined) {
        clearTimeout(timer);
        delay = null;
        void poll();
      }
    };
    void poll();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  return unread;
}

export const UnreadContext = createContext<UnreadMessages>(nothing);

export function useUnread(): UnreadMessages {
  return useContext(UnreadContext);
}
