import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { acknowledgeFlag } from '../../api/caseload.ts';
import { ApiError } from '../../api/http.ts';
import {
  fetchCheckIns,
  fetchFlags,
  fetchPatient,
  fetchSessions,
  type CheckIn,
  type ExerciseSession,
  type Flag,
} from '../../api/patients.ts';
import { fetchPatientPlan } from '../../api/plans.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { ProgressCharts } from '../../progress/ProgressCharts.tsx';
import { actionFailure, formatDate, formatDateTime, plainWords } from '../format.ts';
import { checkInKindText, flagKindText, sessionOutcomeText } from './wording.ts';

/** `/patients/:id`: one patient on the caseload. */
export function PatientPage() {
  const { params } = useRoute();
  const patientId = params['id'] ?? '';
  const [record, retry] = useLoad((signal) => fetchPatient(patientId, signal));
  return (
    <section class="patient-page" aria-labelledby="patient-heading" aria-busy={record.status === 'loading'}>
      <p class="back-link">
        <a href="/">Back to the caseload</a>
      </p>
      {record.status === 'loading' && (
        <>
          <h1 id="patient-heading">Patient</h1>
          <p class="loading" role="status">Loading the patient…</p>
        </>
      )}
      {record.status === 'failed' && (
        <>
          <h1 id="patient-heading">Patient</h1>
          {record.error instanceof ApiError && record.error.status === 404 ? (
            <p>This patient is not on your caseload.</p>
          ) : (
            <LoadFailure error={record.error} what="the patient" onRetry={retry} />
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
              <dt>Conditions</dt>
              <dd>{record.value.conditions.length > 0 ? record.value.conditions.map(plainWords).join(', ') : 'None recorded'}</dd>
            </div>
            <div>
              <dt>Usual pain before the programme</dt>
              <dd>{record.value.baselinePain !== null ? `${record.value.baselinePain}/10` : 'Not recorded'}</dd>
            </div>
            <div>
              <dt>Prescribed sessions per week</dt>
              <dd>{record.value.prescribedSessionsPerWeek ?? 'Not set'}</dd>
            </div>
            {record.value.goals && (
              <div>
                <dt>Goals</dt>
                <dd>{record.value.goals}</dd>
              </div>
            )}
          </dl>
          <Flags patientId={patientId} />
          <PlanSummary patientId={patientId} />
          <section class="panel" aria-label="Progress charts">
            <ProgressCharts patientId={patientId} reader="therapist" />
          </section>
          <Sessions patientId={patientId} />
          <CheckIns patientId={patientId} />
        </>
      )}
    </section>
  );
}

function Flags({ patientId }: { patientId: string }) {
  const [flags, retry] = useLoad((signal) => fetchFlags(patientId, 'ALL', signal));
  return (
    <section class="panel" aria-labelledby="flags-heading">
      <h2 id="flags-heading">Flags</h2>
      {flags.status === 'loading' && <p class="loading">Loading flags…</p>}
      {flags.status === 'failed' && <LoadFailure error={flags.error} what="the flags" onRetry={retry} />}
      {flags.status === 'loaded' && <FlagList initial={flags.value} patientId={patientId} />}
    </section>
  );
}

function FlagList({ initial, patientId }: { initial: Flag[]; patientId: string }) {
  const [flags, setFlags] = useState(initial);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = flags.filter((f) => f.open);
  const recent = flags.filter((f) => !f.open).slice(0, 5);

  const acknowledge = async (flag: Flag) => {
    setBusy(flag.id);
    setError(null);
    try {
      const done = await acknowledgeFlag(patientId, flag.id);
      setFlags(flags.map((f) => (f.id === done.id ? done : f)));
      setMessage(`Flag acknowledged: ${flagKindText(flag.kind)}.`);
    } catch (failure) {
      setError(actionFailure(failure, 'acknowledge the flag'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <div role="status" class="status">
        {message}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {open.length === 0 ? (
        <p>No open flags.</p>
      ) : (
        <ul id="open-flags" class="flags">
          {open.map((flag) => (
            <li key={flag.id} data-flag-id={flag.id} class="flag open">
              <p>
                <strong>{flagKindText(flag.kind)}</strong> ({formatDateTime(flag.raisedAt)}). {flag.detail}
              </p>
              <button type="button" class="button small" disabled={busy !== null} onClick={() => acknowledge(flag)}>
                Acknowledge<span class="visually-hidden"> the flag from {formatDateTime(flag.raisedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {recent.length > 0 && (
        <>
          <h3>Acknowledged recently</h3>
          <ul class="flags">
            {recent.map((flag) => (
              <li key={flag.id} data-flag-id={flag.id} class="flag">
                {flagKindText(flag.kind)} ({formatDateTime(flag.raisedAt)}), acknowledged{' '}
                {flag.acknowledgedAt ? formatDateTime(flag.acknowledgedAt) : ''}. {flag.detail}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function PlanSummary({ patientId }: { patientId: string }) {
  const [plan, retry] = useLoad((signal) => fetchPatientPlan(patientId, signal));
  const editorPath = `/patients/${encodeURIComponent(patientId)}/plan`;
  return (
    <section class="panel" aria-labelledby="plan-summary-heading">
      <h2 id="plan-summary-heading">Plan</h2>
      {plan.status === 'loading' && <p class="loading">Loading the plan…</p>}
      {plan.status === 'failed' && <LoadFailure error={plan.error} what="the plan" onRetry={retry} />}
      {plan.status === 'loaded' && (
        <>
          {plan.value === null ? (
            <p>No plan yet.</p>
          ) : (
            <p>
              <strong>{plan.value.title}</strong>:{' '}
              {plan.value.activeVersion !== null ? `the patient sees version ${plan.value.activeVersion}` : 'not published yet'}
              {plan.value.draftVersion !== null ? `; draft version ${plan.value.draftVersion} is open` : ''}.
            </p>
          )}
          <p>
            <a id="open-plan-editor" class="button" href={editorPath}>
              {plan.value === null ? 'Start a plan' : 'Open the plan editor'}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** The last 30 days (the service's default range), newest first. */
function Sessions({ patientId }: { patientId: string }) {
  const [sessions, retry] = useLoad((signal) => fetchSessions(patientId, {}, signal));
  return (
    <section class="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions in the last 30 days</h2>
      {sessions.status === 'loading' && <p class="loading">Loading sessions…</p>}
      {sessions.status === 'failed' && <LoadFailure error={sessions.error} what="the sessions" onRetry={retry} />}
      {sessions.status === 'loaded' && sessions.value.length === 0 && <p>No sessions logged.</p>}
      {sessions.status === 'loaded' && sessions.value.length > 0 && (
        <div class="table-scroll">
          <table id="sessions-table">
            <caption class="visually-hidden">Sessions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Pain before / peak / after / 2 h</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst(sessions.value, (s) => s.startedAt).map((s) => (
                <SessionRow key={s.id} session={s} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SessionRow({ session }: { session: ExerciseSession }) {
  const pain = (n: number | null) => (n === null ? '–' : String(n));
  return (
    <tr>
      <td>{formatDateTime(session.startedAt)}</td>
      <td>
        {pain(session.painBefore)} / {pain(session.painDuringPeak)} / {pain(session.painAfter)} / {pain(session.painFollowUp)}
      </td>
      <td>{sessionOutcomeText(session)}</td>
    </tr>
  );
}

function CheckIns({ patientId }: { patientId: string }) {
  const [checkIns, retry] = useLoad((signal) => fetchCheckIns(patientId, {}, signal));
  return (
    <section class="panel" aria-labelledby="checkins-heading">
      <h2 id="checkins-heading">Check-ins in the last 30 days</h2>
      {checkIns.status === 'loading' && <p class="loading">Loading check-ins…</p>}
      {checkIns.status === 'failed' && <LoadFailure error={checkIns.error} what="the check-ins" onRetry={retry} />}
      {checkIns.status === 'loaded' && checkIns.value.length === 0 && <p>No check-ins.</p>}
      {checkIns.status === 'loaded' && checkIns.value.length > 0 && (
        <ul id="checkins" class="checkins">
          {newestFirst(checkIns.value, (c) => c.occurredAt)
            .slice(0, 30)
            .map((c: CheckIn) => (
              <li key={c.id}>
                {formatDate(c.occurredAt)}, {checkInKindText(c.kind)}: pain {c.pain}/10{c.note ? `. “${c.note}”` : ''}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

function newestFirst<T>(list: readonly T[], time: (item: T) => string): T[] {
  return [...list].sort((a, b) => time(b).localeCompare(time(a)));
}
