import { lazy } from 'preact-iso';
import { dischargeSummaryUrl } from '../api/discharge.ts';
import { ProgressCharts } from '../progress/ProgressCharts.tsx';
import { TimeZoneSetting } from './TimeZoneSetting.tsx';
import { usePatient } from './usePatient.ts';
import { t } from '../i18n/i18n.ts';

const PromCharts = lazy(() => import('../progress/PromCharts.tsx').then((m) => m.PromCharts));

/** The patient's own progress: pain against the expected course, sessions per week, days with data, and
 * the questionnaires' scores (PSFS, PEG-3) with the change that matters marked. */
export function ProgressScreen() {
  const { record } = usePatient();
  return (
    <section class="progress" aria-labelledby="progress-heading">
      <h1 id="progress-heading">{t('Your progress')}</h1>
      <ProgressCharts patientId={record.id} />
      <section aria-label={t('Outcome measures')} id="your-outcome-measures">
        <PromCharts patientId={record.id} />
      </section>
      <p>
        <a id="summary-of-care-link" href={dischargeSummaryUrl(record.id)} download>
          {t('Your summary of care (PDF)')}
        </a>
        {t(
          ": your goals, your programme's changes, pain and function against where you started, and the sessions you did. Bring it to another clinician or keep it for yourself.",
        )}
      </p>
      <TimeZoneSetting />
    </section>
  );
}
