import type { PlanSafety } from '../../api/plans.ts';
import { plainWords } from '../format.ts';
import { contraindicatedForCondition, findingText, type ItemFinding } from './editorItems.ts';
import { t } from '../../i18n/i18n.ts';

/** The safety parts of whichever plan views the editor has seen (the latest wins). */
export function safetyOf(...views: (PlanSafety | null | undefined)[]): PlanSafety {
  const safety: PlanSafety = {};
  for (const view of views) {
    if (view?.heartRateTargets) safety.heartRateTargets = view.heartRateTargets;
    if (view?.activeVersionFindings) safety.activeVersionFindings = view.activeVersionFindings;
  }
  return safety;
}

/** Rule 20: the warning shown under an exercise just added that is contraindicated for the patient. */
export function contraindicationWarning(conditions: readonly string[]): ItemFinding {
  return {
    field: null,
    severity: 'WARNING',
    code: contraindicatedForCondition,
    blocks: false,
    message: t('this exercise is contraindicated for {conditions}, which this patient has', {
      conditions: conditions.map(plainWords).join(', '),
    }),
  };
}

/**
 * Rule 14: when heart-rate targets cannot be computed (no date of birth), the service's reason;
 * and the active version re-checked against the patient's current conditions and birth date.
 */
export function SafetyNotes({ safety }: { safety: PlanSafety }) {
  const targets = safety.heartRateTargets;
  const findings = safety.activeVersionFindings ?? [];
  if ((!targets || targets.computable) && findings.length === 0) return null;
  return (
    <section class="panel safety-notes" aria-labelledby="safety-heading">
      <h2 id="safety-heading">{t('For this patient')}</h2>
      {targets && !targets.computable && (
        <p id="heart-rate-targets" class="finding">
          {targets.reason ?? t('Heart-rate targets cannot be computed for this patient.')}
        </p>
      )}
      {findings.length > 0 && (
        <>
          <h3 id="active-findings-heading">{t('What no longer holds for this patient in the version they see')}</h3>
          <ul id="active-version-findings" class="findings" aria-labelledby="active-findings-heading">
            {findings.map((f, i) => (
              <li key={i} class={f.severity === 'WARNING' ? 'finding' : 'finding blocking'} data-code={f.code}>
                {f.field ? `${f.field}: ` : ''}
                {findingText({
                  field: null,
                  severity: f.severity,
                  message: f.message,
                  blocks: f.severity !== 'WARNING',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
