import { notForEmergencies } from '../EmergencyNotice.tsx';
import { t } from '../../i18n/i18n.ts';

/** What Motus is and is not; the emergency wording is the one every patient screen shows. */
export function WelcomeStep({ onNext }: { onNext(): void }) {
  return (
    <>
      <p>{t('Motus is where you and your physical therapist work on your pain between and during visits.')}</p>
      <h2>{t('What Motus is')}</h2>
      <ul>
        <li>{t('Your home programme of exercise, stretching and rest, as your therapist prescribed it.')}</li>
        <li>
          {t('A place to record your pain and the sessions you do, so your therapist can follow how you are doing.')}
        </li>
        <li>{t('Video visits with your therapist.')}</li>
      </ul>
      <h2>{t('What Motus is not')}</h2>
      <ul>
        <li>{t('Not a diagnosis, and not a replacement for seeing a doctor when something is wrong.')}</li>
        <li>{t('Not watched around the clock: your therapist reads what you record during working hours.')}</li>
      </ul>
      <p class="emergency-warning" role="note">
        <strong>{notForEmergencies()}</strong>
      </p>
      <button type="button" class="button button-primary" id="welcome-next" onClick={onNext}>
        {t('Continue')}
      </button>
    </>
  );
}
