import { lazy, useRoute } from 'preact-iso';
import { ApiError } from '../../api/http.ts';
import { fetchCheckIns, fetchPatient, type CheckIn } from '../../api/patients.ts';
import { fetchPatientPlan } from '../../api/plans.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { ProgressCharts } from '../../progress/ProgressCharts.tsx';
import { formatDate, plainWords } from '../format.ts';
import { ActivityCeilingPanel } from './ActivityCeilingPanel.tsx';
import { ConsentsPanel } from './ConsentsPanel.tsx';
import { DischargePanel } from './DischargePanel.tsx';
import { PromAssignmentsPanel } from './PromAssignmentsPanel.tsx';
import { Flags } from './FlagsPanel.tsx';
import { Sessions } from './SessionsPanel.tsx';
import { checkInKindText } from './wording.ts';
import { newestFirst } from './newestFirst.ts';
import { t } from '../../i18n/i18n.ts';
import { languageNames } from '../../i18n/languages.ts';

const MessagesPanel = lazy(() => import('./messages/MessagesPanel.tsx').then((m) => m.MessagesPanel));
const PromCharts = lazy(() => import('../../progress/PromCharts.tsx').then((m) => m.PromCharts));

/** `/patients/:id`: one patient on the caseload. */
export function PatientPage() {
  const { params } = useRoute();
  const patientId = params['id'] ?? '';
  const [record, retry] = useLoad((signal) => fetchPatient(patientId, signal));
  return (
    <section class="patient-page" aria-labelledby="patient-heading" aria-busy={record.status === 'loading'}>
      <p class="back-link">
        <a href="/">{t('Back to the caseload')}</a>
      </p>
      {record.status === 'loading' && (
        <>
          <h1 id="patient-heading">{t('Patient')}</h1>
          <p class="loading" role="status">
            {t('Loading the patient…')}
          </p>
        </>
      )}
      {record.status === 'failed' && (
        <>
          <h1 id="patient-heading">{t('Patient')}</h1>
          {record.error instanceof ApiError && record.error.status === 404 ? (
            <p>{t('This patient is not on your caseload.')}</p>
          ) : (
            <LoadFailure error={record.error} what={t('the patient')} onRetry={retry} />
          )}
        </>
      )}
      {record.status === 'loaded' && (
        <>
          <h1 id="patient-heading" data-patient-name>
            {record.value.displayName}
          </h1>
          <dl class="facts">
            <div>
              <dt>{t('Conditions')}</dt>
              <dd>
                {record.value.conditions.length > 0
                  ? record.value.conditions.map(plainWords).join(', ')
                  : t('None recorded')}
              </dd>
            </div>
            <div>
              <dt>{t('Usual pain before the programme')}</dt>
              <dd>{record.value.baselinePain !== null ? `${record.value.baselinePain}/10` : t('Not recorded')}</dd>
            </div>
            <div>
              <dt>{t('Time zone (days and weeks are counted in it)')}</dt>
              <dd data-field="time-zone">{record.value.timeZone}</dd>
            </div>
            <div>
              <dt>{t('Language')}</dt>
              <dd data-field="language">
                {record.value.language ? languageNames[record.value.language] : t("Not chosen (follows the browser's)")}
              </dd>
            </div>
            <div>
              <dt>{t('Prescribed sessions per week')}</dt>
              <dd>{record.value.prescribedSessionsPerWeek ?? t('Not set')}</dd>
            </div>
            {record.value.goals && (
              <div>
                <dt>{t('Goals')}</dt>
                <dd>{record.value.goals}</dd>
              </div>
            )}
          </dl>
          <p>
            <a id="edit-record" class="button" href={`/patients/${encodeURIComponent(patientId)}/record`}>
              {t('Edit the record')}
            </a>
          </p>
          {record.value.activityCeiling && (
            <ActivityCeilingPanel patientId={patientId} initial={record.value.activityCeiling} />
          )}
          <ConsentsPanel patientId={patientId} />
          <Flags patientId={patientId} />
          <MessagesPanel patientId={patientId} />
          <PlanSummary patientId={patientId} />
          <section class="panel" aria-label={t('Progress charts')}>
            <ProgressCharts patientId={patientId} reader="therapist" />
          </section>
          <section class="panel" aria-label={t('Outcome measures')}>
            <PromCharts patientId={patientId} />
            <PromAssignmentsPanel patientId={patientId} readOnly={record.value.discharge != null} />
          </section>
          <Sessions patientId={patientId} />
          <CheckIns patientId={patientId} />
          <DischargePanel patientId={patientId} discharge={record.value.discharge ?? null} onDischarged={retry} />
        </>
      )}
    </section>
  );
}

function PlanSummary({ patientId }: { patientId: string }) {
  const [plan, retry] = useLoad((signal) => fetchPatientPlan(patientId, signal));
  const editorPath = `/patients/${encodeURIComponent(patientId)}/plan`;
  return (
    <section class="panel" aria-labelledby="plan-summary-heading">
      <h2 id="plan-summary-heading">{t('Plan')}</h2>
      {plan.status === 'loading' && <p class="loading">{t('Loading the plan…')}</p>}
      {plan.status === 'failed' && <LoadFailure error={plan.error} what={t('the plan')} onRetry={retry} />}
      {plan.status === 'loaded' && (
        <>
          {plan.value === null ? (
            <p>{t('No plan yet.')}</p>
          ) : (
            <p>
              <strong>{plan.value.title}</strong>:{' '}
              {plan.value.activeVersion !== null
                ? t('the patient sees version {version}', { version: plan.value.activeVersion })
                : t('not published yet')}
              {plan.value.draftVersion !== null
                ? `; ${t('draft version {version} is open', { version: plan.value.draftVersion })}`
                : ''}
              .
            </p>
          )}
          <p>
            <a id="open-plan-editor" class="button" href={editorPath}>
              {plan.value === null ? t('Start a plan') : t('Open the plan editor')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

function CheckIns({ patientId }: { patientId: string }) {
  const [checkIns, retry] = useLoad((signal) => fetchCheckIns(patientId, {}, signal));
  return (
    <section class="panel" aria-labelledby="checkins-heading">
      <h2 id="checkins-heading">{t('Check-ins in the last 30 days')}</h2>
      {checkIns.status === 'loading' && <p class="loading">{t('Loading check-ins…')}</p>}
      {checkIns.status === 'failed' && <LoadFailure error={checkIns.error} what={t('the check-ins')} onRetry={retry} />}
      {checkIns.status === 'loaded' && checkIns.value.length === 0 && <p>{t('No check-ins.')}</p>}
      {checkIns.status === 'loaded' && checkIns.value.length > 0 && (
        <ul id="checkins" class="checkins">
          {newestFirst(checkIns.value, (c) => c.occurredAt)
            .slice(0, 30)
            .map((c: CheckIn) => (
              <li key={c.id}>
                {formatDate(c.occurredAt)}, {checkInKindText(c.kind)}: {t('pain {pain}/10', { pain: c.pain })}
                {c.note ? `. “${c.note}”` : ''}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
