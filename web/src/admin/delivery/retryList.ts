/** One page of a delivery-problem list as the server answers it. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** Where one row's retry stands: asked, done, or refused with the server's words. */
export type RetryState = { kind: 'retrying' } | { kind: 'retried' } | { kind: 'failed'; text: string };

/** A paged list with a retry per row: what the screen shows. */
export interface ListState<T> {
  items: T[] | null;
  next: string | null;
  loading: boolean;
  error: string | null;
  retries: Record<string, RetryState>;
}

export type ListAction<T> =
  | { type: 'loading' }
  | { type: 'loaded'; page: Page<T>; append: boolean }
  | { type: 'loadFailed'; text: string }
  | { type: 'retrying'; id: string }
  | { type: 'retried'; id: string }
  | { type: 'retryFailed'; id: string; text: string };

export function initialList<T>(): ListState<T> {
  return { items: null, next: null, loading: true, error: null, retries: {} };
}

/** The list's state after an action; pure, so the screen's behaviour is tested without a DOM. */
export function listReducer<T>(state: ListState<T>, action: ListAction<T>): ListState<T> {
  switch (action.type) {
    case 'loading':
      return { ...state, loading: true, error: null };
    case 'loaded':
      return {
        ...state,
        loading: false,
        items: action.append ? [...(state.items ?? []), ...action.page.items] : action.page.items,
        next: action.page.next,
        retries: action.append ? state.retries : {},
      };
    case 'loadFailed':
      return { ...state, loading: false, error: action.text };
    case 'retrying':
      return { ...state, retries: { ...state.retries, [action.id]: { kind: 'retrying' } } };
    case 'retried':
      return { ...state, retries: { ...state.retries, [action.id]: { kind: 'retried' } } };
    case 'retryFailed':
      return { ...state, retries: { ...state.retries, [action.id]: { kind: 'failed', text: action.text } } };
  }
}
