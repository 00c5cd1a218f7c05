import { useCallback, useEffect, useState } from 'preact/hooks';
import { fetchCaseload } from '../../api/caseload.ts';
import {
  callPath,
  cancelVisit,
  endVisit,
  fetchVisitNote,
  moveVisit,
  fetchVisits,
  saveVisitNote,
  scheduleVisit,
  type Visit,
  type VisitList,
} from '../../api/visits.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { actionFailure, formatDateTime, violationsOf } from '../format.ts';
import { ApiError } from '../../api/http.ts';
import {
  canCancel,
  canMarkNotAttended,
  canMove,
  canWriteNote,
  startInstant,
  statusText,
  visitLengths,
  waiting,
} from './visitRules.ts';
import { ReasonForm } from '../../scheduling/ReasonForm.tsx';
import { Requests } from './Requests.tsx';
import { WeeklyHoursEditor } from './WeeklyHoursEditor.tsx';
import { t } from '../../i18n/i18n.ts';

/** How often the list is fetched again, so a patient entering the waiting room shows up. */
export const refreshMilliseconds = 15_000;

type Loaded =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'loaded'; value: VisitList; at: Date };

/** Loads the visits now and every 15 s; a failed refresh keeps the last list on screen. */
function useVisits(): [Loaded, () => void] {
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      fetchVisits(controller.signal).then(
        (value) => !controller.signal.aborted && setState({ status: 'loaded', value, at: new Date() }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState((previous) => (previous.status === 'loaded' ? previous : { status: 'failed', error }));
        },
      );
    void load();
    const timer = window.setInterval(load, refreshMilliseconds);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [attempt]);
  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}

/**
 * `/visits`: who is waiting, patients' requests, the schedule (join, move, cancel, mark a no-show),
 * booking, weekly hours, and the notes of past visits.
 */
export function Visits() {
  const [visits, refresh] = useVisits();
  const now = new Date();
  return (
    <section class="visits" aria-labelledby="visits-heading" aria-busy={visits.status === 'loading'}>
      <h1 id="visits-heading">{t('Visits')}</h1>
      {visits.status === 'loading' && (
        <p class="loading" role="status">
          {t('Loading visits…')}
        </p>
      )}
      {visits.status === 'failed' && <LoadFailure error={visits.error} what={t('your visits')} onRetry={refresh} />}
      {visits.status === 'loaded' && (
        <>
          <Waiting visits={visits.value.upcoming} />
          <Requests visits={visits.value.upcoming} onChanged={refresh} />
          <section class="panel" aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t('Upcoming')}</h2>
            <p class="muted">
              {t('Updated {when}; the list refreshes every 15 seconds.', {
                when: formatDateTime(visits.at.toISOString()),
              })}
            </p>
            {booked(visits.value.upcoming).length === 0 ? (
              <p>{t('No upcoming visits.')}</p>
            ) : (
              <ul id="upcoming-visits" class="visit-list">
                {booked(visits.value.upcoming).map((visit) => (
                  <UpcomingVisit key={visit.id} visit={visit} now={now} onChanged={refresh} />
                ))}
              </ul>
            )}
          </section>
          <ScheduleVisit onScheduled={refresh} />
          <WeeklyHoursEditor />
          <section class="panel" aria-labelledby="past-heading">
            <h2 id="past-heading">{t('Past visits')}</h2>
            {visits.value.past.length === 0 ? (
              <p>{t('No past visits.')}</p>
            ) : (
              <ul id="past-visits" class="visit-list">
                {visits.value.past.map((visit) => (
                  <PastVisit key={visit.id} visit={visit} now={now} onChanged={refresh} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}

function Waiting({ visits }: { visits: Visit[] }) {
  const list = waiting(visits);
  return (
    <section class="panel waiting" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('Waiting room')}</h2>
      <p role="status" aria-live="polite" id="waiting-count">
        {list.length === 0
          ? t('Nobody is waiting.')
          : t('{count, plural, one {1 patient is waiting.} other {# patients are waiting.}}', { count: list.length })}
      </p>
      {list.length > 0 && (
        <ul id="waiting-visits" class="visit-list">
          {list.map((visit) => (
            <li key={visit.id} data-visit-id={visit.id}>
              <strong>{visit.patientName}</strong>, {t('visit at {time}', { time: formatDateTime(visit.start) })}{' '}
              <a
                class="button"
                href={callPath(visit.id)}
                aria-label={t('Join the visit with {name}', { name: visit.patientName })}
              >
                {t('Join')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The schedule without the requests (those have their own panel). */
const booked = (visits: Visit[]) => visits.filter((v) => v.status !== 'REQUESTED');

function VisitFacts({ visit }: { visit: Visit }) {
  return (
    <>
      <strong>{visit.patientName}</strong>: {formatDateTime(visit.start)},{' '}
      {t('{minutes} minutes', { minutes: visit.durationMinutes })}
      {visit.reason ? `, ${visit.reason}` : ''}. <span data-field="status">{statusText(visit)}</span>
      {visit.status === 'CANCELLED' && visit.cancelReason ? `: ${visit.cancelReason}` : ''}.
      {visit.status !== 'CANCELLED' && visit.moveReason && (
        <span data-field="move-reason">
          {' '}
          {visit.movedBy === 'patient'
            ? t('Moved by the patient: {reason}.', { reason: visit.moveReason })
            : t('Moved by you: {reason}.', { reason: visit.moveReason })}
        </span>
      )}
    </>
  );
}

/** Close a visit nobody attended once its start has passed (otherwise it holds its slot until Motus ends it). */
function MarkNotAttended({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mark = async () => {
    setBusy(true);
    setError(null);
    try {
      await endVisit(visit.id);
      onChanged();
    } catch (failure) {
      setError(actionFailure(failure, t('close the visit')));
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        class="button secondary"
        data-action="not-attended"
        disabled={busy}
        aria-label={t('Mark as not attended (the visit with {name})', { name: visit.patientName })}
        onClick={mark}
      >
        {t('Mark as not attended')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function UpcomingVisit({ visit, now, onChanged }: { visit: Visit; now: Date; onChanged: () => void }) {
  const [open, setOpen] = useState<'none' | 'move' | 'cancel'>('none');
  const close = () => setOpen('none');
  return (
    <li data-visit-id={visit.id}>
      <p>
        <VisitFacts visit={visit} />
      </p>
      {open === 'cancel' && (
        <ReasonForm
          id={`cancel-${visit.id}`}
          label={t('Why are you cancelling? ({name} reads it)', { name: visit.patientName })}
          submitLabel={t('Cancel the visit')}
          action={t('cancel the visit')}
          onSubmit={async (reason) => {
            await cancelVisit(visit.id, reason);
            onChanged();
          }}
          onClose={close}
        />
      )}
      {open === 'move' && <MoveVisit visit={visit} onMoved={onChanged} onClose={close} />}
      {open === 'none' && (
        <div class="actions">
          {visit.joinableNow && (
            <a
              class="button"
              href={callPath(visit.id)}
              aria-label={t('Join the visit with {name}', { name: visit.patientName })}
            >
              {t('Join')}
            </a>
          )}
          {canMove(visit, now) && (
            <button
              type="button"
              class="button secondary"
              data-action="move"
              aria-label={t('Move the visit with {name} on {time}', {
                name: visit.patientName,
                time: formatDateTime(visit.start),
              })}
              onClick={() => setOpen('move')}
            >
              {t('Move')}
            </button>
          )}
          {canCancel(visit, now) && (
            <button
              type="button"
              class="button secondary"
              data-action="cancel"
              aria-label={t('Cancel the visit with {name} on {time}', {
                name: visit.patientName,
                time: formatDateTime(visit.start),
              })}
              onClick={() => setOpen('cancel')}
            >
              {t('Cancel')}
            </button>
          )}
          {canMarkNotAttended(visit, now) && <MarkNotAttended visit={visit} onChanged={onChanged} />}
        </div>
      )}
    </li>
  );
}

function MoveVisit({ visit, onMoved, onClose }: { visit: Visit; onMoved: () => void; onClose: () => void }) {
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const start = startInstant(date, time);
  return (
    <ReasonForm
      id={`move-${visit.id}`}
      label={t('Why are you moving it? ({name} reads it)', { name: visit.patientName })}
      submitLabel={t('Move the visit')}
      action={t('move the visit')}
      ready={start !== null}
      onSubmit={async (reason) => {
        if (start === null) return;
        await moveVisit(visit.id, start, reason);
        onMoved();
      }}
      onClose={onClose}
    >
      <p class="field">
        <label for={`move-${visit.id}-date`}>{t('New date')}</label>
        <input
          id={`move-${visit.id}-date`}
          type="date"
          required
          value={date}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
      </p>
      <p class="field">
        <label for={`move-${visit.id}-time`}>{t('New time')}</label>
        <input
          id={`move-${visit.id}-time`}
          type="time"
          required
          value={time}
          onInput={(e) => setTime(e.currentTarget.value)}
        />
      </p>
    </ReasonForm>
  );
}

function ScheduleVisit({ onScheduled }: { onScheduled: () => void }) {
  const [caseload, retry] = useLoad(fetchCaseload);
  const [patientId, setPatientId] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [length, setLength] = useState<number>(30);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setMessage('');
    const start = startInstant(date, time);
    if (!patientId || start === null || !reason.trim()) {
      setError('Choose a patient, a date and a time, and give a reason.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const visit = await scheduleVisit({
        patientId,
        start,
        durationMinutes: length,
        reason: reason.trim(),
      });
      setMessage(
        t('Visit with {name} scheduled for {time}.', { name: visit.patientName, time: formatDateTime(visit.start) }),
      );
      setReason('');
      onScheduled();
    } catch (failure) {
      const violations = failure instanceof ApiError ? violationsOf(failure.problem.extensions) : [];
      setError(
        violations.length > 0
          ? t('Not scheduled: {reason}', { reason: violations.map((v) => `${v.field} ${v.message}`).join('; ') })
          : actionFailure(failure, t('schedule the visit')),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('Schedule a visit')}</h2>
      {caseload.status === 'failed' && <LoadFailure error={caseload.error} what={t('your patients')} onRetry={retry} />}
      <form id="schedule-visit" class="form-grid" onSubmit={submit}>
        <p class="field">
          <label for="visit-patient">{t('Patient')}</label>
          <select id="visit-patient" required value={patientId} onChange={(e) => setPatientId(e.currentTarget.value)}>
            <option value="">{t('Choose a patient')}</option>
            {caseload.status === 'loaded' &&
              caseload.value.map((p) => (
                <option key={p.patientId} value={p.patientId}>
                  {p.displayName}
                </option>
              ))}
          </select>
        </p>
        <p class="field">
          <label for="visit-date">{t('Date')}</label>
          <input id="visit-date" type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </p>
        <p class="field">
          <label for="visit-time">{t('Time')}</label>
          <input id="visit-time" type="time" required value={time} onInput={(e) => setTime(e.currentTarget.value)} />
        </p>
        <p class="field">
          <label for="visit-length">{t('Length')}</label>
          <select id="visit-length" value={String(length)} onChange={(e) => setLength(Number(e.currentTarget.value))}>
            {visitLengths.map((m) => (
              <option key={m} value={String(m)}>
                {t('{minutes} minutes', { minutes: m })}
              </option>
            ))}
          </select>
        </p>
        <p class="field wide">
          <label for="visit-reason">{t('Reason (the patient sees it)')}</label>
          <input
            id="visit-reason"
            type="text"
            required
            maxLength={500}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </p>
        <p>
          <button id="schedule-submit" type="submit" class="button" disabled={busy}>
            {busy ? t('Scheduling…') : t('Schedule the visit')}
          </button>
        </p>
      </form>
      <div role="status" class="status">
        {message}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function PastVisit({ visit, now, onChanged }: { visit: Visit; now: Date; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const noteId = `note-${visit.id}`;
  return (
    <li data-visit-id={visit.id}>
      <p>
        <VisitFacts visit={visit} />
      </p>
      {canMarkNotAttended(visit, now) && <MarkNotAttended visit={visit} onChanged={onChanged} />}
      {canWriteNote(visit, now) && (
        <>
          <button
            type="button"
            class="button small secondary"
            aria-expanded={open}
            aria-controls={noteId}
            onClick={() => setOpen(!open)}
          >
            {open ? t('Hide the visit note') : t('Visit note')}
            <span class="visually-hidden">
              {' '}
              {t('for {name}, {time}', { name: visit.patientName, time: formatDateTime(visit.start) })}
            </span>
          </button>
          {open && (
            <div id={noteId}>
              <NoteEditor visit={visit} />
            </div>
          )}
        </>
      )}
    </li>
  );
}

function NoteEditor({ visit }: { visit: Visit }) {
  const [note, retry] = useLoad((signal) => fetchVisitNote(visit.id, signal));
  if (note.status === 'loading') return <p class="loading">{t('Loading the note…')}</p>;
  if (note.status === 'failed') return <LoadFailure error={note.error} what={t('the visit note')} onRetry={retry} />;
  return <NoteForm visit={visit} initialText={note.value.text} updatedAt={note.value.updatedAt} />;
}

function NoteForm({ visit, initialText, updatedAt }: { visit: Visit; initialText: string; updatedAt: string | null }) {
  const [text, setText] = useState(initialText);
  const [saved, setSaved] = useState(updatedAt);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = `note-text-${visit.id}`;
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const result = await saveVisitNote(visit.id, text);
      setSaved(result.updatedAt);
      setMessage(t('Note saved.'));
    } catch (failure) {
      setError(actionFailure(failure, t('save the note')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="note-form" onSubmit={save}>
      <p class="field">
        <label for={fieldId}>{t('Visit note (clinical: only you see it, never the patient)')}</label>
        <textarea id={fieldId} rows={4} maxLength={2000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </p>
      <p class="muted">{saved ? t('Last saved {when}.', { when: formatDateTime(saved) }) : t('Not written yet.')}</p>
      <button type="submit" class="button small" disabled={busy}>
        {t('Save the note')}
      </button>
      <span role="status" class="status">
        {message}
      </span>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
