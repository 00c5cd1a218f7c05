import { MessageThread } from '../../../messages/MessageThread.tsx';
import '../../../messages/messages.css';

/** The patient's message thread on the therapist's patient page. */
export function MessagesPanel({ patientId }: { patientId: string }) {
  return (
    <section class="card messages-panel" aria-labelledby="messages-panel-heading">
      <h2 id="messages-panel-heading">Messages</h2>
      <MessageThread patientId={patientId} />
    </section>
  );
}
