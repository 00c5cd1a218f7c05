import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import {
  acceptProgression,
  dismissProgression,
  fetchProgression,
  type ProgressionSuggestion,
} from '../../api/plans.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { actionFailure, formatDate } from '../format.ts';
import { progressionHeadline } from './progressionWording.ts';
import { t } from '../../i18n/i18n.ts';

/** Last week's load suggestion (rules 3-5) with accept and dismiss. */
export function ProgressionPanel({ planId, onPublished }: { planId: string; onPublished: () => void }) {
  const [suggestion, retry] = useLoad((signal) => fetchProgression(planId, signal));
  return (
    <section class="panel" aria-labelledby="progression-heading">
      <h2 id="progression-heading">{t('Weekly progression')}</h2>
      {suggestion.status === 'loading' && <p class="loading">{t("Loading last week's suggestion…")}</p>}
      {suggestion.status === 'failed' &&
        (suggestion.error instanceof ApiError && suggestion.error.status < 500 && suggestion.error.status !== 401 ? (
          <p>
            {t('No suggestion this week: {reason}', {
              reason: suggestion.error.problem.detail ?? suggestion.error.problem.title,
            })}
          </p>
        ) : (
          <LoadFailure error={suggestion.error} what={t('the progression suggestion')} onRetry={retry} />
        ))}
      {suggestion.status === 'loaded' && <Suggestion initial={suggestion.value} onPublished={onPublished} />}
    </section>
  );
}

function Suggestion({ initial, onPublished }: { initial: ProgressionSuggestion; onPublished: () => void }) {
  const [suggestion, setSuggestion] = useState(initial);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decision = suggestion.decision;

  const answer = async (accept: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const answered = accept
        ? await acceptProgression(suggestion.planId, suggestion.weekStart)
        : await dismissProgression(suggestion.planId, suggestion.weekStart, reason);
      setSuggestion(answered);
      if (accept) onPublished();
    } catch (failure) {
      setError(actionFailure(failure, accept ? t('accept the suggestion') : t('dismiss the suggestion')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div id="progression" data-outcome={suggestion.outcome}>
      <p>
        <strong>{progressionHeadline(suggestion)}</strong>{' '}
        {t('Week of {start} to {end}, based on version {version}.', {
          start: formatDate(suggestion.weekStart),
          end: formatDate(suggestion.weekEnd),
          version: suggestion.basedOnVersion,
        })}
      </p>
      <p>{suggestion.reason}</p>
      {suggestion.items.length > 0 && (
        <ul class="progression-items">
          {suggestion.items.map((item) => (
            <li key={item.itemId}>
              {item.exerciseName}
              {item.currentLoadKg !== undefined && item.suggestedLoadKg !== undefined
                ? `: ${t('{from} kg to {to} kg', { from: item.currentLoadKg, to: item.suggestedLoadKg })}`
                : ''}
              {item.note ? ` (${item.note})` : ''}
            </li>
          ))}
        </ul>
      )}
      {decision ? (
        <p role="status">
          {decision.decision === 'ACCEPTED'
            ? decision.resultingVersion
              ? t('Accepted {date}: version {version} published.', {
                  date: formatDate(decision.decidedAt),
                  version: decision.resultingVersion,
                })
              : t('Accepted {date}.', { date: formatDate(decision.decidedAt) })
            : decision.reason
              ? t('Dismissed {date}: {reason}.', { date: formatDate(decision.decidedAt), reason: decision.reason })
              : t('Dismissed {date}.', { date: formatDate(decision.decidedAt) })}
        </p>
      ) : (
        <div class="actions">
          {suggestion.outcome !== 'HOLD' && (
            <button id="accept-progression" type="button" class="button" disabled={busy} onClick={() => answer(true)}>
              {t('Accept and publish the new loads')}
            </button>
          )}
          <span class="field">
            <label for="dismiss-reason">{t('Reason for dismissing (optional)')}</label>
            <input
              id="dismiss-reason"
              type="text"
              maxLength={500}
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </span>
          <button
            id="dismiss-progression"
            type="button"
            class="button secondary"
            disabled={busy}
            onClick={() => answer(false)}
          >
            {t('Dismiss')}
          </button>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
