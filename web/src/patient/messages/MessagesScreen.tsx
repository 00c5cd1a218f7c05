import { useState } from 'preact/hooks';
import type { Message } from '../../api/messages.ts';
import { MessageThread } from '../../messages/MessageThread.tsx';
import '../../messages/messages.css';
import { DailyCheckIn } from '../DailyCheckIn.tsx';
import { usePatient } from '../usePatient.ts';
import { t } from '../../i18n/i18n.ts';

/**
 * `/messages`: the patient's thread with their care team. When the server says a message mentions a
 * warning sign (askRedFlagQuestions, clinical-rules.md §16), the red-flag questions are asked at once
 * in a check-in, whose answers get the server's advice (and the emergency number when it applies).
 */
export function MessagesScreen() {
  const patient = usePatient();
  const [askRedFlags, setAskRedFlags] = useState(false);
  const sent = (message: Message) => {
    if (message.askRedFlagQuestions) setAskRedFlags(true);
  };
  return (
    <section class="messages-screen" aria-labelledby="messages-heading">
      <h1 id="messages-heading">{t('Messages with your care team')}</h1>
      {askRedFlags && (
        <div class="card red-flag-prompt" role="alert" data-red-flag-prompt>
          <p>
            {t(
              'You wrote about something that can be a warning sign. Please answer these questions now, so we can tell you what to do. Your therapist may not read your message straight away.',
            )}
          </p>
          <DailyCheckIn />
        </div>
      )}
      <MessageThread patientId={patient.record.id} onSent={sent} />
    </section>
  );
}
