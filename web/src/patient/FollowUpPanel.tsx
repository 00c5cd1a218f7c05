import { useState } from 'preact/hooks';
import { ApiError } from '../api/http.ts';
import { newIdempotencyKey, type Advice, type CheckIn, type PendingFollowUp } from '../api/patients.ts';
import { timeIn } from './localTime.ts';
import { PainScale } from './PainScale.tsx';
import { ServerAdvice } from './ServerAdvice.tsx';
import { usePatient } from './usePatient.ts';
import { t } from '../i18n/i18n.ts';

interface Answered {
  sessionId: string;
  advice: Advice[];
  late: boolean;
}

/**
 * clinical-rules.md §12: the server's pending two-hour follow-ups (every device of the patient sees
 * them), each with its due time and window in the patient's time; after an answer, the server's
 * advice for that session.
 */
export function FollowUpPanel() {
  const { followUps } = usePatient();
  const [answered, setAnswered] = useState<Answered[]>([]);
  const open = followUps.filter((f) => !answered.some((a) => a.sessionId === f.sessionId));
  if (open.length === 0 && answered.length === 0) return null;
  return (
    <section class="follow-ups" id="follow-ups" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">{t('Pain about two hours after your session')}</h2>
      {answered.map((a) => (
        <div
          key={a.sessionId}
          class="card follow-up"
          data-session-id={a.sessionId}
          data-state="answered"
          data-late={a.late}
        >
          <ServerAdvice advice={a.advice} context="follow-up" />
          <button type="button" class="button" onClick={() => setAnswered(answered.filter((x) => x !== a))}>
            {t('OK')}
          </button>
        </div>
      ))}
      {open.length > 0 && (
        <ul class="follow-ups__list">
          {open.map((f) => (
            <FollowUpCard key={f.sessionId} followUp={f} onAnswered={(a) => setAnswered((all) => [...all, a])} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FollowUpCard({ followUp, onAnswered }: { followUp: PendingFollowUp; onAnswered: (a: Answered) => void }) {
  const patient = usePatient();
  const [pain, setPain] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zone = patient.record.timeZone;
  const headingId = `follow-up-${followUp.sessionId}`;
  const queued = patient.waiting.some(
    (e) => e.kind === 'check-in' && e.body.kind === 'FOLLOW_UP' && e.body.sessionId === followUp.sessionId,
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    if (pain === null || busy) return;
    setBusy(true);
    setProblem(null);
    const key = newIdempotencyKey();
    try {
      const delivery = await patient.send({
        kind: 'check-in',
        key,
        patientId: patient.record.id,
        label: t('Pain two hours after the session: {pain} out of 10', { pain }),
        body: { kind: 'FOLLOW_UP', pain, sessionId: followUp.sessionId, occurredAt: new Date().toISOString() },
      });
      if (delivery.state === 'delivered') {
        const answer = delivery.answer as Partial<CheckIn> | undefined;
        onAnswered({ sessionId: followUp.sessionId, advice: answer?.advice ?? [], late: answer?.late === true });
      } else if (delivery.state === 'refused') {
        // Too early (422) and the like: the server says when; the patient answers again later.
        const error = delivery.error;
        setProblem(error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : delivery.message);
        await patient.dismiss(key);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      class={`card follow-up${followUp.status === 'OPEN' ? ' is-due' : ''}`}
      data-session-id={followUp.sessionId}
      data-status={followUp.status}
      data-testid="follow-up-item"
    >
      <form data-state={followUp.status === 'OPEN' ? 'due' : 'pending'} aria-labelledby={headingId} onSubmit={submit}>
        <h3 id={headingId}>
          {t('Your session that ended at {time}: how is your pain now?', {
            time: timeIn(followUp.sessionEndedAt, zone),
          })}
        </h3>
        <p data-field="follow-up-window">
          {t('Due at')} <strong>{timeIn(followUp.dueAt, zone)}</strong>.{' '}
          {t('Answer between {opens} and {closes}.', {
            opens: timeIn(followUp.windowOpensAt, zone),
            closes: timeIn(followUp.windowClosesAt, zone),
          })}
        </p>
        {queued ? (
          <p role="status">{t('Your answer is saved on this phone and is sent as soon as Motus can be reached.')}</p>
        ) : (
          <>
            <PainScale
              name={`follow-up-${followUp.sessionId}`}
              legend={t('Your pain now')}
              value={pain}
              onChange={setPain}
              required
            />
            {problem && (
              <p class="form-problem" role="alert" data-field="follow-up-problem">
                {problem}
              </p>
            )}
            <button
              type="submit"
              class="button button-primary"
              data-action="answer-follow-up"
              disabled={pain === null || busy}
            >
              {t('Save')}
            </button>
          </>
        )}
      </form>
    </li>
  );
}
