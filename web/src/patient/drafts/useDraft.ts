import { useEffect, useRef, useState } from 'preact/hooks';
import { dropDraft, keepDraft, loadDraft, type DraftForm } from './drafts.ts';

/** `loading` until what was kept has been read (and given back through `restore`), then `ready`. */
export type DraftState = 'loading' | 'ready';

/**
 * Keeps a form's `state` as this person's draft: reads it back once at start (`restore` decides
 * whether it still fits, e.g. the same day's routine), then writes every change, in order. An empty
 * form (`isEmpty`, e.g. right after a successful save resets it) deletes the draft.
 */
export function useDraft<S>(
  subject: string,
  form: DraftForm,
  state: S,
  restore: (kept: unknown) => void,
  isEmpty: (state: S) => boolean,
): DraftState {
  const [status, setStatus] = useState<DraftState>('loading');
  const writes = useRef<Promise<void>>(Promise.resolve());
  const restoreNow = useRef(restore);
  restoreNow.current = restore;
  const isEmptyNow = useRef(isEmpty);
  isEmptyNow.current = isEmpty;
  const untouched = useRef(true);
  untouched.current = isEmpty(state);

  useEffect(() => {
    let gone = false;
    setStatus('loading');
    void loadDraft(subject, form).then((kept) => {
      if (gone) return;
      // What the person already did on this page wins over an older draft.
      if (kept !== undefined && untouched.current) restoreNow.current(kept);
      setStatus('ready');
    });
    return () => {
      gone = true;
    };
  }, [subject, form]);

  useEffect(() => {
    if (status !== 'ready') return;
    const empty = isEmptyNow.current(state);
    writes.current = writes.current.then(() => (empty ? dropDraft(subject, form) : keepDraft(subject, form, state)));
  }, [status, state, subject, form]);

  return status;
}
