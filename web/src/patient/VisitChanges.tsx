import { useState } from 'preact/hooks';
import { cancelVisit, fetchOpenSlots, moveVisit, type Visit } from '../api/visits.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { ReasonForm } from '../scheduling/ReasonForm.tsx';
import { SlotPicker } from '../scheduling/SlotPicker.tsx';
import { slotDays } from './RequestVisit.tsx';
import { t } from '../i18n/i18n.ts';

/** Whether the patient may still move or cancel the visit: asked for or booked, and not started. */
export function changeable(visit: Visit, now: Date): boolean {
  return (visit.status === 'SCHEDULED' || visit.status === 'REQUESTED') && Date.parse(visit.start) > now.getTime();
}

/** "Move" and "Cancel" on one of the patient's visits; each asks why, and the therapist reads it. */
export function VisitChanges({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const [open, setOpen] = useState<'none' | 'move' | 'cancel'>('none');
  const close = () => setOpen('none');
  if (open === 'cancel') {
    return (
      <ReasonForm
        id={`cancel-${visit.id}`}
        label={t('Why are you cancelling? (your therapist reads it)')}
        submitLabel={t('Cancel the visit')}
        action={t('cancel the visit')}
        onSubmit={async (reason) => {
          await cancelVisit(visit.id, reason);
          onChanged();
        }}
        onClose={close}
      />
    );
  }
  if (open === 'move') return <MoveVisit visit={visit} onMoved={onChanged} onClose={close} />;
  return (
    <>
      <button
        type="button"
        class="button"
        data-action="move"
        aria-label={t('Move this visit')}
        onClick={() => setOpen('move')}
      >
        {t('Move')}
      </button>
      <button
        type="button"
        class="button"
        data-action="cancel"
        aria-label={t('Cancel this visit')}
        onClick={() => setOpen('cancel')}
      >
        {t('Cancel')}
      </button>
    </>
  );
}

function MoveVisit({ visit, onMoved, onClose }: { visit: Visit; onMoved: () => void; onClose: () => void }) {
  const [open, retry] = useLoad((signal) => fetchOpenSlots(slotDays, signal));
  const [slot, setSlot] = useState('');
  if (open.status === 'loading') return <p role="status">{t('Loading free times…')}</p>;
  if (open.status === 'failed') return <LoadFailure error={open.error} what={t('the free times')} onRetry={retry} />;
  const therapist = open.value.therapists.find((t) => t.therapistSubject === visit.therapistSubject);
  if (!therapist) {
    return (
      <p class="empty-state">
        {t('{therapist} has no free times open; send them a message to find another time.', {
          therapist: visit.therapistName,
        })}{' '}
        <button type="button" class="button" onClick={onClose}>
          {t('Back')}
        </button>
      </p>
    );
  }
  return (
    <ReasonForm
      id={`move-${visit.id}`}
      label={t('Why are you moving it? (your therapist reads it)')}
      submitLabel={t('Ask for the new time')}
      action={t('move the visit')}
      ready={slot !== ''}
      onSubmit={async (reason) => {
        await moveVisit(visit.id, slot, reason);
        onMoved();
      }}
      onClose={onClose}
    >
      <p class="muted">{t('Your therapist confirms the new time.')}</p>
      <SlotPicker id={`move-${visit.id}`} slots={therapist.slots} value={slot} onChange={setSlot} />
    </ReasonForm>
  );
}
