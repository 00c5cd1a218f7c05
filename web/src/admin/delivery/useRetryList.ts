import { useCallback, useEffect, useReducer } from 'preact/hooks';
import { messageOf } from '../messages.ts';
import { initialList, listReducer, type ListAction, type ListState, type Page } from './retryList.ts';

/** A paged list with a retry per row: loads the first page, then more on demand. */
export function useRetryList<T extends { id: string }>(
  load: (cursor: string | null) => Promise<Page<T>>,
  retry: (id: string) => Promise<void>,
): { state: ListState<T>; more: () => void; retry: (id: string) => void } {
  const [state, dispatch] = useReducer<ListState<T>, ListAction<T>>(listReducer, initialList<T>());

  const fetchPage = useCallback(
    (cursor: string | null) => {
      dispatch({ type: 'loading' });
      load(cursor).then(
        (page) => dispatch({ type: 'loaded', page, append: cursor !== null }),
        (e: unknown) => dispatch({ type: 'loadFailed', text: messageOf(e) }),
      );
    },
    [load],
  );

  useEffect(() => fetchPage(null), [fetchPage]);

  const retryOne = useCallback(
    (id: string) => {
      dispatch({ type: 'retrying', id });
      retry(id).then(
        () => dispatch({ type: 'retried', id }),
        (e: unknown) => dispatch({ type: 'retryFailed', id, text: messageOf(e) }),
      );
    },
    [retry],
  );

  return { state, more: () => fetchPage(state.next), retry: retryOne };
}
