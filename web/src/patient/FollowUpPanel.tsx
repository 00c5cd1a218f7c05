import { useState } from 'preact/hooks';
import { newIdempotencyKey } from '../api/patients.ts';
import type { FollowUp } from './offline/followUps.ts';
import { PainScale } from './PainScale.tsx';
import { twoHourWords } from './twoHourWording.ts';
import { usePatient } from './usePatient.ts';

const time = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** Two hours after a session: ask for the pain again, then say the server's two-hour rule outcome. */
export function FollowUpPanel() {
  const { followUps } = usePatient();
  if (followUps.length === 0) return null;
  return (
    <section class="follow-ups" id="follow-ups" aria-label="Pain two hours after your session">
      {[...followUps]
        .sort((a, b) => a.dueAt - b.dueAt)
        .map((f) => (
          <FollowUpCard key={f.sessionId} followUp={f} />
        ))}
    </section>
  );
}

function FollowUpCard({ followUp }: { followUp: FollowUp }) {
  const patient = usePatient();
  const [pain, setPain] = useState<number | null>(null);
  const [key] = useState(newIdempotencyKey);
  const isDue = patient.due.some((d) => d.sessionId === followUp.sessionId);
  const headingId = `follow-up-${followUp.sessionId}`;

  if (followUp.state === 'answered' && followUp.outcome) {
    const words = twoHourWords(followUp.outcome, followUp.painBefore, followUp.answer ?? null);
    return (
      <div class={`card follow-up is-${words.tone}`} data-session-id={followUp.sessionId} data-outcome={followUp.outcome}>
        <h2 id={headingId}>{words.headline}</h2>
        <p>{words.detail}</p>
        <button type="button" class="button" onClick={() => void patient.forgetFollowUp(followUp.sessionId)}>
          OK
        </button>
      </div>
    );
  }
  if (followUp.state === 'sent') {
    return (
      <div class="card follow-up" data-session-id={followUp.sessionId} role="status">
        <p>Your answer ({followUp.answer} out of 10) is saved. The result shows here once Motus has it.</p>
      </div>
    );
  }
  if (!isDue) {
    return (
      <div class="card follow-up" data-session-id={followUp.sessionId} data-state="pending">
        <p>
          At about <strong>{time(followUp.dueAt)}</strong> we will ask how your pain is, two hours after your session.
        </p>
      </div>
    );
  }
  return (
    <form
      class="card follow-up is-due"
      data-session-id={followUp.sessionId}
      data-state="due"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (pain !== null) void patient.answerFollowUp(followUp, pain, key);
      }}
    >
      <h2 id={headingId}>How is your pain now, two hours after your session?</h2>
      <p>Before the session it was {followUp.painBefore} out of 10.</p>
      <PainScale name={`follow-up-${followUp.sessionId}`} legend="Your pain now" value={pain} onChange={setPain} required />
      <button type="submit" class="button button-primary" disabled={pain === null}>
        Save
      </button>
    </form>
  );
}
