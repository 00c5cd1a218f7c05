import { calendarUrl, callPath, fetchVisits, type Visit, type VisitList } from '../api/visits.ts';
import { useContext, useState } from 'preact/hooks';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { ConsentsContext, notGranted } from './consents.ts';
import { RequestVisit } from './RequestVisit.tsx';
// Statically: first sign-in shows it too, and one module the screens both load and import() lazily
// costs the patient's first round an extra file (vite.config.ts, patientChunk).
import { ConsentStep } from './welcome/ConsentStep.tsx';
import { changeable, VisitChanges } from './VisitChanges.tsx';
import { dateFormat, msg, t } from '../i18n/i18n.ts';

const when = (visit: Visit) =>
  dateFormat({ weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(
    new Date(visit.start),
  );

const statusWords = {
  REQUESTED: msg('Asked for: waiting for your therapist to confirm'),
  SCHEDULED: msg('Booked'),
  WAITING: msg('Waiting room open'),
  IN_PROGRESS: msg('In progress'),
  ENDED: msg('Took place'),
  CANCELLED: msg('Cancelled'),
} satisfies Record<Visit['status'], string>;

/**
 * The patient's video visits: upcoming (calendar file, Join when the waiting room is open, move or
 * cancel with a reason), asking for one at a therapist's free time, and past.
 */
export function Visits() {
  const [visits, retry] = useLoad<VisitList>((signal) => fetchVisits(signal));
  const { consents } = useContext(ConsentsContext);
  const noTelehealth = notGranted(consents, 'TELEHEALTH');
  return (
    <section class="visits" aria-labelledby="visits-heading">
      <h1 id="visits-heading">{t('Visits')}</h1>
      {noTelehealth && <TelehealthDeclined />}
      {visits.status === 'loading' && <p role="status">{t('Loading your visits…')}</p>}
      {visits.status === 'failed' && <LoadFailure error={visits.error} what={t('your visits')} onRetry={retry} />}
      {visits.status === 'loaded' && (
        <>
          <h2>{t('Coming up')}</h2>
          {visits.value.upcoming.length === 0 ? (
            <p class="empty-state" id="no-upcoming-visits">
              {t('No video visits are booked. Ask for one below, or your therapist books one with you.')}
            </p>
          ) : (
            <ul class="visit-list" id="upcoming-visits">
              {visits.value.upcoming.map((visit) => (
                <VisitCard key={visit.id} visit={visit} upcoming joinable={!noTelehealth} onChanged={retry} />
              ))}
            </ul>
          )}
          {!noTelehealth && <RequestVisit onRequested={retry} />}
          <h2>{t('Past visits')}</h2>
          {visits.value.past.length === 0 ? (
            <p class="empty-state">{t('No past visits yet.')}</p>
          ) : (
            <ul class="visit-list" id="past-visits">
              {visits.value.past.map((visit) => (
                <VisitCard key={visit.id} visit={visit} upcoming={false} joinable={false} onChanged={retry} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

interface CardProps {
  visit: Visit;
  upcoming: boolean;
  joinable: boolean;
  onChanged: () => void;
}

function VisitCard({ visit, upcoming, joinable, onChanged }: CardProps) {
  const headingId = `visit-${visit.id}`;
  return (
    <li class="card visit" data-visit-id={visit.id} data-status={visit.status} aria-labelledby={headingId}>
      <h3 id={headingId}>{when(visit)}</h3>
      <p>
        {t('With {therapist}, {minutes} minutes.', { therapist: visit.therapistName, minutes: visit.durationMinutes })}{' '}
        <span class="visit__status">{t(statusWords[visit.status])}</span>
      </p>
      {visit.reason && <p>{t('About: {reason}', { reason: visit.reason })}</p>}
      {visit.status === 'CANCELLED' && visit.cancelReason && (
        <p data-field="cancel-reason">
          {visit.cancelledBy === 'patient'
            ? t('You cancelled it: {reason}', { reason: visit.cancelReason })
            : t('{therapist} cancelled it: {reason}', { therapist: visit.therapistName, reason: visit.cancelReason })}
        </p>
      )}
      {visit.status !== 'CANCELLED' && visit.moveReason && (
        <p data-field="move-reason">
          {visit.movedBy === 'patient'
            ? t('You moved it: {reason}', { reason: visit.moveReason })
            : t('{therapist} moved it: {reason}', { therapist: visit.therapistName, reason: visit.moveReason })}
        </p>
      )}
      {upcoming && (
        <div class="visit__actions">
          {visit.joinableNow && joinable && (
            <a class="button button-primary" href={callPath(visit.id)} data-action="join">
              {t('Join the video visit')}
            </a>
          )}
          {!visit.joinableNow && joinable && visit.status !== 'CANCELLED' && visit.status !== 'REQUESTED' && (
            <span>
              {t('You can join from {time}, ten minutes before the start.', {
                time: dateFormat({ hour: '2-digit', minute: '2-digit' }).format(new Date(visit.joinableFrom)),
              })}{' '}
            </span>
          )}
          {visit.status !== 'REQUESTED' && (
            <a class="button" href={calendarUrl(visit.id)} download data-action="calendar">
              {t('Add to my calendar')}
            </a>
          )}
          {changeable(visit, new Date()) && <VisitChanges visit={visit} onChanged={onChanged} />}
        </div>
      )}
    </li>
  );
}

/** Video visits need the consent to telehealth; the patient has not given it (or withdrew it) and may read it again. */
function TelehealthDeclined() {
  const context = useContext(ConsentsContext);
  const [reading, setReading] = useState(false);
  if (!context.consents) return null;
  return (
    <div class="card" id="telehealth-declined">
      <p>
        {t(
          'You have not given your consent to telehealth, so you cannot join video visits. Your therapist will see you in person.',
        )}
      </p>
      {reading ? (
        <ConsentStep consents={context.consents} only={['TELEHEALTH']} onDone={context.update} />
      ) : (
        <button type="button" class="button" onClick={() => setReading(true)}>
          {t('Read the consent to telehealth again')}
        </button>
      )}
    </div>
  );
}
