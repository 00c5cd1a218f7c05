import { t } from '../i18n/i18n.ts';
/**
 * clinical-rules.md §16: every patient screen says the app is not for emergencies. The contract has
 * no endpoint for the configured emergency number, so this names no number rather than guess one
 * (the server's CALL_EMERGENCY advice carries the number when it matters).
 */
export const notForEmergencies = () =>
  t('Motus is not for emergencies. In an emergency, call your local emergency number.');

export function EmergencyNotice() {
  return (
    <footer class="emergency-notice" id="not-for-emergencies" data-testid="not-for-emergencies">
      <p>{notForEmergencies()}</p>
    </footer>
  );
}
