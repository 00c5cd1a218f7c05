import { calendarUrl, callPath, fetchVisits, type Visit, type VisitList } from '../api/visits.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';

const when = (visit: Visit) =>
  new Date(visit.start).toLocaleString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

const statusWords: Record<Visit['status'], string> = {
  SCHEDULED: 'Booked',
  WAITING: 'Waiting room open',
  IN_PROGRESS: 'In progress',
  ENDED: 'Took place',
  CANCELLED: 'Cancelled',
};

/** The patient's video visits: upcoming (calendar file, Join when the waiting room is open) and past. */
export function Visits() {
  const [visits, retry] = useLoad<VisitList>((signal) => fetchVisits(signal));
  return (
    <section class="visits" aria-labelledby="visits-heading">
      <h1 id="visits-heading">Visits</h1>
      {visits.status === 'loading' && <p role="status">Loading your visits…</p>}
      {visits.status === 'failed' && <LoadFailure error={visits.error} what="your visits" onRetry={retry} />}
      {visits.status === 'loaded' && (
        <>
          <h2>Coming up</h2>
          {visits.value.upcoming.length === 0 ? (
            <p class="empty-state" id="no-upcoming-visits">
              No video visits are booked. Your therapist books them with you.
            </p>
          ) : (
            <ul class="visit-list" id="upcoming-visits">
              {visits.value.upcoming.map((visit) => (
                <VisitCard key={visit.id} visit={visit} upcoming />
              ))}
            </ul>
          )}
          <h2>Past visits</h2>
          {visits.value.past.length === 0 ? (
            <p class="empty-state">No past visits yet.</p>
          ) : (
            <ul class="visit-list" id="past-visits">
              {visits.value.past.map((visit) => (
                <VisitCard key={visit.id} visit={visit} upcoming={false} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function VisitCard({ visit, upcoming }: { visit: Visit; upcoming: boolean }) {
  const headingId = `visit-${visit.id}`;
  return (
    <li class="card visit" data-visit-id={visit.id} data-status={visit.status} aria-labelledby={headingId}>
      <h3 id={headingId}>{when(visit)}</h3>
      <p>
        With {visit.therapistName}, {visit.durationMinutes} minutes.{' '}
        <span class="visit__status">{statusWords[visit.status]}</span>
      </p>
      {visit.reason && <p>About: {visit.reason}</p>}
      {upcoming && (
        <p class="visit__actions">
          {visit.joinableNow && (
            <a class="button button-primary" href={callPath(visit.id)} data-action="join">
              Join the video visit
            </a>
          )}
          {!visit.joinableNow && visit.status !== 'CANCELLED' && (
            <span>
              You can join from{' '}
              {new Date(visit.joinableFrom).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}, ten
              minutes before the start.{' '}
            </span>
          )}
          <a class="button" href={calendarUrl(visit.id)} download data-action="calendar">
            Add to my calendar
          </a>
        </p>
      )}
    </li>
  );
}
