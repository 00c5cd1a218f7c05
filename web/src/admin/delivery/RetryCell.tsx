import type { RetryState } from './retryList.ts';
import { t } from '../../i18n/i18n.ts';

/** The last cell of a row: the Retry button, then what came of it. */
export function RetryCell({
  label,
  state,
  onRetry,
}: {
  label: string;
  state: RetryState | undefined;
  onRetry: () => void;
}) {
  if (state?.kind === 'retried') {
    return <td data-retry-state="retried">{t('Sent again')}</td>;
  }
  return (
    <td data-retry-state={state?.kind ?? 'none'}>
      <button type="button" aria-label={label} disabled={state?.kind === 'retrying'} onClick={onRetry}>
        {state?.kind === 'retrying' ? t('Retrying…') : t('Retry')}
      </button>
      {state?.kind === 'failed' && <span role="alert"> {state.text}</span>}
    </td>
  );
}
