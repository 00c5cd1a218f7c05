import type { ProgressionSuggestion } from '../../api/plans.ts';

/** The suggestion in one line: "Raise the load by 5 %", "Step back by 10 %", "Hold the load". */
export function progressionHeadline(suggestion: Pick<ProgressionSuggestion, 'outcome' | 'percent'>): string {
  const percent = Math.abs(Number(suggestion.percent));
  switch (suggestion.outcome) {
    case 'INCREASE':
      return `Suggested: raise the load by ${percent} %.`;
    case 'STEP_BACK':
      return `Suggested: step the load back by ${percent} % (intensity, not how often).`;
    default:
      return 'Suggested: hold the load.';
  }
}
