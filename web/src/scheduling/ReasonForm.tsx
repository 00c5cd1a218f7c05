import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { actionFailure } from '../loading/actionFailure.ts';
import { t } from '../i18n/i18n.ts';

interface Props {
  /** Prefix of the controls' ids, unique on the page. */
  id: string;
  /** What the reason is for, as the field's label ("Why are you cancelling?"). */
  label: string;
  submitLabel: string;
  /** "cancel the visit": the words of a failure. */
  action: string;
  /** More fields above the reason (a new time). */
  children?: ComponentChildren;
  /** Whether the fields above are complete; the reason is always required. */
  ready?: boolean;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** Cancelling, declining or moving a visit always says why: the other participant reads it. */
export function ReasonForm({ id, label, submitLabel, action, children, ready = true, onSubmit, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!ready || reason.trim() === '') {
      setError(ready ? t('Please say why; the other person reads it.') : t('Please choose a new time and say why.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
    } catch (failure) {
      setError(actionFailure(failure, action));
      setBusy(false);
    }
  };
  return (
    <form class="reason-form" id={id} onSubmit={submit}>
      {children}
      <p class="field">
        <label for={`${id}-reason`}>{label}</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={500}
          required
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </p>
      <p class="actions">
        <button type="submit" class="button" disabled={busy}>
          {submitLabel}
        </button>{' '}
        <button type="button" class="button secondary" onClick={onClose} disabled={busy}>
          {t('Never mind')}
        </button>
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
