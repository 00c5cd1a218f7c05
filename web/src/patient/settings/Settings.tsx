import { useState } from 'preact/hooks';
import { dischargeSummaryUrl } from '../../api/discharge.ts';
import { TimeZoneSetting } from '../TimeZoneSetting.tsx';
import { usePatient } from '../usePatient.ts';
import { PreferencesStep } from '../welcome/PreferencesStep.tsx';
import { ConsentSettings } from './ConsentSettings.tsx';
import { ContactDetails } from './ContactDetails.tsx';
import { t } from '../../i18n/i18n.ts';

/**
 * Everything the first sign-in asked, to change at any time: time zone, reminders, consents and
 * contact details. Each section saves on its own.
 */
export function Settings() {
  const { record } = usePatient();
  const [remindersSaved, setRemindersSaved] = useState(0);
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('Settings')}</h1>
      <section aria-labelledby="settings-reminders-heading" class="panel">
        <h2 id="settings-reminders-heading">{t('Reminders and notices')}</h2>
        <PreferencesStep onNext={() => setRemindersSaved((n) => n + 1)} submitLabel={t('Save reminders')} />
        {remindersSaved > 0 && (
          <p role="status" class="saved" key={remindersSaved}>
            {t('Saved.')}
          </p>
        )}
      </section>
      <section aria-labelledby="settings-consents-heading" class="panel">
        <h2 id="settings-consents-heading">{t('Your consents')}</h2>
        <ConsentSettings />
      </section>
      <section aria-labelledby="settings-contact-heading" class="panel">
        <h2 id="settings-contact-heading">{t('How to reach you')}</h2>
        <ContactDetails />
      </section>
      <TimeZoneSetting />
      <section aria-labelledby="settings-data-heading" class="panel" id="your-data">
        <h2 id="settings-data-heading">{t('Your data')}</h2>
        <p>{t('Download what Motus holds about you, to keep or to bring to another clinic.')}</p>
        <ul>
          <li>
            <a id="my-summary-link" href={dischargeSummaryUrl(record.id)} download="motus-summary-of-care.pdf">
              {t('Your summary of care (PDF)')}
            </a>
            {t(': goals, programme changes, pain and function against where you started, sessions and flags.')}
          </li>
          <li>
            <a id="my-data-link" href={myDataUrl(record.id)} download="motus-my-data.json">
              {t('Everything, as a FHIR file (JSON)')}
            </a>
            {t(
              ': your record, readings, answers, consents and care team, in the standard format other health systems read.',
            )}
          </li>
        </ul>
      </section>
    </section>
  );
}

/** FHIR R4 Patient/$everything through the gateway, with the session cookie like any link. */
export function myDataUrl(patientId: string): string {
  return `/fhir/R4/Patient/${encodeURIComponent(patientId)}/$everything`;
}
