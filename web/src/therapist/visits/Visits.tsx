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
      <h1 id="visits-heading">Visits</h1>
      {visits.status === 'loading' && (
        <p class="loading" role="status">
          Loading visits…
        </p>
      )}
      {visits.status === 'failed' && <LoadFailure error={visits.error} what="your visits" onRetry={refresh} />}
      {visits.status === 'loaded' && (
        <>
          <Waiting visits={visits.value.upcoming} />
          <Requests visits={visits.value.upcoming} onChanged={refresh} />
          <section class="panel" aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">Upcoming</h2>
            <p class="muted">Updated {formatDateTime(visits.at.toISOString())}; the list refreshes every 15 seconds.</p>
            {booked(visits.value.upcoming).length === 0 ? (
              <p>No upcoming visits.</p>
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
            <h2 id="past-heading">Past visits</h2>
            {visits.value.past.length === 0 ? (
              <p>No past visits.</p>
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
      <h2 id="waiting-heading">Waiting room</h2>
      <p role="status" aria-live="polite" id="waiting-count">
        {list.length === 0
          ? 'Nobody is waiting.'
          : list.length === 1
            ? '1 patient is waiting.'
            : `${list.length} patients are waiting.`}
      </p>
      {list.length > 0 && (
        <ul id="waiting-visits" class="visit-list">
          {list.map((visit) => (
            <li key={visit.id} data-visit-id={visit.id}>
              <strong>{visit.patientName}</strong>, visit at {formatDateTime(visit.start)}{' '}
              <a class="button" href={callPath(visit.id)}>
                Join<span class="visually-hidden"> the visit with {visit.patientName}</span>
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
      <strong>{visit.patientName}</strong>: {formatDateTime(visit.start)}, {visit.durationMinutes} minutes
      {visit.reason ? `, ${visit.reason}` : ''}. <span data-field="status">{statusText(visit)}</span>
      {visit.status === 'CANCELLED' && visit.cancelReason ? `: ${visit.cancelReason}` : ''}.
      {visit.status !== 'CANCELLED' && visit.moveReason && (
        <span data-field="move-reason">
          {' '}
          Moved by {visit.movedBy === 'patient' ? 'the patient' : 'you'}: {visit.moveReason}.
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
      setError(actionFailure(failure, 'close the visit'));
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="button secondary" data-action="not-attended" disabled={busy} onClick={mark}>
        Mark as not attended<span class="visually-hidden"> (the visit with {visit.patientName})</span>
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
          label={`Why are you cancelling? (${visit.patientName} reads it)`}
          submitLabel="Cancel the visit"
          action="cancel the visit"
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
            <a class="button" href={callPath(visit.id)}>
              Join<span class="visually-hidden"> the visit with {visit.patientName}</span>
            </a>
          )}
          {canMove(visit, now) && (
            <button type="button" class="button secondary" data-action="move" onClick={() => setOpen('move')}>
              Move
              <span class="visually-hidden">
                {' '}
                the visit with {visit.patientName} on {formatDateTime(visit.start)}
              </span>
            </button>
          )}
          {canCancel(visit, now) && (
            <button type="button" class="button secondary" data-action="cancel" onClick={() => setOpen('cancel')}>
              Cancel
              <span class="visually-hidden">
                {' '}
                the visit with {visit.patientName} on {formatDateTime(visit.start)}
              </span>
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
      label={`Why are you moving it? (${visit.patientName} reads it)`}
      submitLabel="Move the visit"
      action="move the visit"
      ready={start !== null}
      onSubmit={async (reason) => {
        if (start === null) return;
        await moveVisit(visit.id, start, reason);
        onMoved();
      }}
      onClose={onClose}
    >
      <p class="field">
        <label for={`move-${visit.id}-date`}>New date</label>
        <input
          id={`move-${visit.id}-date`}
          type="date"
          required
          value={date}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
      </p>
      <p class="field">
        <label for={`move-${visit.id}-time`}>New time</label>
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
      setMessage(`Visit with ${visit.patientName} scheduled for ${formatDateTime(visit.start)}.`);
      setReason('');
      onScheduled();
    } catch (failure) {
      const violations = failure instanceof ApiError ? violationsOf(failure.problem.extensions) : [];
      setError(
        violations.length > 0
          ? `Not scheduled: ${violations.map((v) => `${v.field} ${v.message}`).join('; ')}`
          : actionFailure(failure, 'schedule the visit'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">Schedule a visit</h2>
      {caseload.status === 'failed' && <LoadFailure error={caseload.error} what="your patients" onRetry={retry} />}
      <form id="schedule-visit" class="form-grid" onSubmit={submit}>
        <p class="field">
          <label for="visit-patient">Patient</label>
          <select id="visit-patient" required value={patientId} onChange={(e) => setPatientId(e.currentTarget.value)}>
            <option value="">Choose a patient</option>
            {caseload.status === 'loaded' &&
              caseload.value.map((p) => (
                <option key={p.patientId} value={p.patientId}>
                  {p.displayName}
                </option>
              ))}
          </select>
        </p>
        <p class="field">
          <label for="visit-date">Date</label>
          <input id="visit-date" type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </p>
        <p class="field">
          <label for="visit-time">Time</label>
          <input id="visit-time" type="time" required value={time} onInput={(e) => setTime(e.currentTarget.value)} />
        </p>
        <p class="field">
          <label for="visit-length">Length</label>
          <select id="visit-length" value={String(length)} onChange={(e) => setLength(Number(e.currentTarget.value))}>
            {visitLengths.map((m) => (
              <option key={m} value={String(m)}>
                {m} minutes
              </option>
            ))}
          </select>
        </p>
        <p class="field wide">
          <label for="visit-reason">Reason (the patient sees it)</label>
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
            {busy ? 'Scheduling…' : 'Schedule the visit'}
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
            {open ? 'Hide the visit note' : 'Visit note'}
            <span class="visually-hidden">
              {' '}
              for {visit.patientName}, {formatDateTime(visit.start)}
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
  if (note.status === 'loading') return <p class="loading">Loading the note…</p>;
  if (note.status === 'failed') return <LoadFailure error={note.error} what="the visit note" onRetry={retry} />;
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
      setMessage('Note saved.');
    } catch (failure) {
      setError(actionFailure(failure, 'save the note'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="note-form" onSubmit={save}>
      <p class="field">
        <label for={fieldId}>Visit note (clinical: only you see it, never the patient)</label>
        <textarea id={fieldId} rows={4} maxLength={2000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </p>
      <p class="muted">{saved ? `Last saved ${formatDateTime(saved)}.` : 'Not written yet.'}</p>
      <button type="submit" class="button small" disabled={busy}>
        Save the note
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
