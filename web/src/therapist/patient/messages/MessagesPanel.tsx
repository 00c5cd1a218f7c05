import { MessageThread } from '../../../messages/MessageThread.tsx';
import '../../../messages/messages.css';
import { t } from '../../../i18n/i18n.ts';

/** The patient's message thread on the therapist's patient page. */
export function MessagesPanel({ patientId }: { patientId: string }) {
  return (
    <section class="card messages-panel" aria-labelledby="messages-panel-heading">
      <h2 id="messages-panel-heading">{t('Messages')}</h2>
      <MessageThread patientId={patientId} />
    </section>
  );
}
