import { t } from '../i18n/i18n.ts';
import { failureMessage } from './failureMessage.ts';

interface Props {
  error: unknown;
  /** What could not be loaded, in plain words: "your exercises". */
  what: string;
  onRetry: () => void;
}

/** An error the screen reader announces, with a button to try again. */
export function LoadFailure({ error, what, onRetry }: Props) {
  return (
    <div class="load-failure" role="alert">
      <p>{failureMessage(error, what)}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t('Try again')}
      </button>
    </div>
  );
}
