import { fetchCaseload, type CaseloadEntry } from '../../api/caseload.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { redFlagText } from '../../patient/redFlags.ts';
import { formatDateTime, plainWords } from '../format.ts';
import { checkInKindText, severityText } from '../patient/wording.ts';
import { AddPatient } from './AddPatient.tsx';
import { adherenceText } from './caseloadWording.ts';
import { t } from '../../i18n/i18n.ts';

interface Props {
  /** Where the caseload comes from; the gateway unless a test says otherwise. */
  load?: (signal: AbortSignal) => Promise<CaseloadEntry[]>;
}

/** `/`: the therapist's patients in the server's order (clinical-rules.md §17: severity, then the oldest open flag). */
export function Caseload({ load = fetchCaseload }: Props) {
  const [caseload, retry] = useLoad(load);
  return (
    <section class="caseload" aria-labelledby="caseload-heading" aria-busy={caseload.status === 'loading'}>
      <h1 id="caseload-heading">{t('Your patients')}</h1>
      <p class="muted">
        {t('Most urgent first: URGENT (red flags), then HIGH, then ROUTINE; within each, the oldest open flag first.')}
      </p>
      <AddPatient onAdded={retry} />
      {caseload.status === 'loading' && (
        <p class="loading" role="status">
          {t('Loading your patients…')}
        </p>
      )}
      {caseload.status === 'failed' && <LoadFailure error={caseload.error} what={t('your patients')} onRetry={retry} />}
      {caseload.status === 'loaded' && caseload.value.length === 0 && <p>{t('No patients on your caseload yet.')}</p>}
      {caseload.status === 'loaded' && caseload.value.length > 0 && (
        <ol id="caseload-list" class="caseload-list">
          {caseload.value.map((entry) => (
            <CaseloadRow key={entry.patientId} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

function CaseloadRow({ entry }: { entry: CaseloadEntry }) {
  const headingId = `patient-${entry.patientId}`;
  const severity = entry.severity ?? 'NONE';
  // `?? []`: a patient-service older than issue 12 sends neither.
  const redFlags = entry.redFlags ?? [];
  const reasons = entry.reasons ?? [];
  return (
    <li
      class={`caseload-entry severity-${severity.toLowerCase()}`}
      data-patient-id={entry.patientId}
      data-severity={severity}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        <a href={`/patients/${encodeURIComponent(entry.patientId)}`}>{entry.displayName}</a>
      </h2>
      <p class="severity" data-field="severity" data-severity={severity}>
        {severityText(entry.severity ?? null)}
      </p>
      {redFlags.length > 0 && (
        <div class="red-flag-answers" data-field="red-flags">
          <p>{t('The patient answered yes to:')}</p>
          <ul>
            {redFlags.map((code) => (
              <li key={code} data-red-flag={code}>
                {redFlagText(code)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {reasons.length > 0 && (
        <ul class="reasons" data-field="reasons">
          {reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      )}
      <dl class="facts">
        <div>
          <dt>{t('Latest pain')}</dt>
          <dd data-field="latest-pain">
            {entry.latestPain
              ? `${entry.latestPain.pain}/10, ${checkInKindText(entry.latestPain.kind)}, ${formatDateTime(entry.latestPain.occurredAt)}`
              : t('No check-ins yet')}
          </dd>
        </div>
        <div>
          <dt>{t('Adherence')}</dt>
          <dd data-field="adherence">
            {adherenceText(entry)};{' '}
            {t('data on {days} of the last 30 days', { days: entry.adherence.daysWithDataLast30 })}
          </dd>
        </div>
        <div>
          <dt>{t('Open flags')}</dt>
          <dd data-field="open-flags">{entry.openFlags}</dd>
        </div>
        {entry.conditions.length > 0 && (
          <div>
            <dt>{t('Conditions')}</dt>
            <dd>{entry.conditions.map(plainWords).join(', ')}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
