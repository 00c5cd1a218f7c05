import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import {
  assignProm,
  choosePromSchedule,
  fetchPromAssignments,
  withdrawPromAssignment,
  type AssignmentReason,
  type Instrument,
  type PromAssignments,
} from '../../api/proms.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { formatDate } from '../format.ts';
import { t } from '../../i18n/i18n.ts';

/** The therapist's names of the instruments (the patient reads their own, in proms.ts). */
function instrumentName(instrument: Instrument): string {
  return instrument === 'PSFS' ? t('Function (PSFS)') : t('Pain and interference (PEG-3)');
}

function reasonWords(reason: AssignmentReason): string {
  return reason === 'DISCHARGE' ? t('for discharge') : t('on demand');
}

/** What went wrong with a change, in the server's words when it gave some. */
export function assignmentProblemOf(error: unknown): string {
  if (error instanceof ApiError) {
    return t('Not changed: {reason}', { reason: error.problem.detail ?? error.problem.title });
  }
  return t('Not changed: Motus is not answering. Check the connection and try again.');
}

interface Props {
  patientId: string;
  /** The record is read-only after discharge: the choices are shown, not offered. */
  readOnly: boolean;
}

/**
 * What the patient is asked to answer (DOMAIN rule 19): per instrument, the regular schedule
 * (baseline, then every 2 weeks) on or off, "Ask now", and the assignments still waiting for an
 * answer with a way to withdraw them; and one button that asks for every instrument before discharge.
 */
export function PromAssignmentsPanel({ patientId, readOnly }: Props) {
  const [loaded, retry] = useLoad((signal) => fetchPromAssignments(patientId, signal));
  const [shown, setShown] = useState<PromAssignments | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);

  if (loaded.status === 'loading') return <p class="loading">{t('Loading what the patient is asked…')}</p>;
  if (loaded.status === 'failed')
    return <LoadFailure error={loaded.error} what={t('what the patient is asked')} onRetry={retry} />;
  const view = shown ?? loaded.value;

  /** Runs a change, then shows the server's state (reading it again after a change that answers none). */
  const change = (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setProblem(null);
    setSaid(null);
    work()
      .then(() => fetchPromAssignments(patientId))
      .then(
        (fresh) => {
          setShown(fresh);
          setSaid(done);
          setBusy(false);
        },
        (error: unknown) => {
          setProblem(assignmentProblemOf(error));
          setBusy(false);
        },
      );
  };

  const openFor = (instrument: Instrument) => view.open.find((a) => a.instrument === instrument);
  const askForDischarge = () =>
    change(
      () => Promise.all(view.schedule.map((s) => assignProm(patientId, s.instrument, 'DISCHARGE'))),
      t('Asked for the discharge measures: the patient sees them on Today.'),
    );

  return (
    <div class="prom-assignments" id="prom-assignments">
      <h2>{t('What the patient is asked')}</h2>
      <ul class="prom-assignments__list">
        {view.schedule.map((choice) => {
          const open = openFor(choice.instrument);
          const checkboxId = `prom-every-two-weeks-${choice.instrument}`;
          return (
            <li key={choice.instrument} data-instrument={choice.instrument}>
              <strong>{instrumentName(choice.instrument)}</strong>
              <div>
                <input
                  type="checkbox"
                  id={checkboxId}
                  checked={choice.everyTwoWeeks}
                  disabled={readOnly || busy}
                  onChange={(e) => {
                    const everyTwoWeeks = (e.target as HTMLInputElement).checked;
                    change(
                      () => choosePromSchedule(patientId, [{ instrument: choice.instrument, everyTwoWeeks }]),
                      everyTwoWeeks
                        ? t('{instrument}: at baseline and every 2 weeks.', {
                            instrument: instrumentName(choice.instrument),
                          })
                        : t('{instrument}: only when you ask for it.', {
                            instrument: instrumentName(choice.instrument),
                          }),
                    );
                  }}
                />{' '}
                <label for={checkboxId}>{t('At baseline and every 2 weeks')}</label>
              </div>
              {open ? (
                <p data-field="prom-assigned">
                  {t('Asked {reason} on {date}, not answered yet.', {
                    reason: reasonWords(open.reason),
                    date: formatDate(open.assignedAt),
                  })}{' '}
                  {!readOnly && (
                    <button
                      type="button"
                      class="button secondary"
                      disabled={busy}
                      data-withdraw={choice.instrument}
                      onClick={() =>
                        change(() => withdrawPromAssignment(patientId, open.id), t('The request was withdrawn.'))
                      }
                    >
                      {t('Withdraw')}
                    </button>
                  )}
                </p>
              ) : (
                !readOnly && (
                  <button
                    type="button"
                    class="button secondary"
                    disabled={busy}
                    data-ask={choice.instrument}
                    onClick={() =>
                      change(
                        () => assignProm(patientId, choice.instrument, 'ON_DEMAND'),
                        t('Asked: the patient is told and sees it on Today.'),
                      )
                    }
                  >
                    {t('Ask now')}
                  </button>
                )
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && (
        <button type="button" class="button" id="ask-discharge-measures" disabled={busy} onClick={askForDischarge}>
          {t('Ask for the discharge measures')}
        </button>
      )}
      <p role="status" class="prom-assignments__said">
        {said}
      </p>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
