import type { ProgressionSuggestion } from '../../api/plans.ts';
import { t } from '../../i18n/i18n.ts';

/** The suggestion in one line: "Raise the load by 5 %", "Step back by 10 %", "Hold the load". */
export function progressionHeadline(suggestion: Pick<ProgressionSuggestion, 'outcome' | 'percent'>): string {
  const percent = Math.abs(Number(suggestion.percent));
  switch (suggestion.outcome) {
    case 'INCREASE':
      return t('Suggested: raise the load by {percent} %.', { percent });
    case 'STEP_BACK':
      return t('Suggested: step the load back by {percent} % (intensity, not how often).', { percent });
    default:
      return t('Suggested: hold the load.');
  }
}
