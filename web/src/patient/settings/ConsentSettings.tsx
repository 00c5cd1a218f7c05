import { useContext, useState } from 'preact/hooks';
import type { ConsentKind, Consents } from '../../api/consents.ts';
import { ConsentsContext } from '../consents.ts';
import { ConsentStep } from '../welcome/ConsentStep.tsx';

const names: Record<ConsentKind, string> = {
  TELEHEALTH: 'Telehealth: care by video',
  REMOTE_MONITORING: 'Remote monitoring between visits',
};

/** What each answer means now, in the patient's words. */
function standing(status: Consents['consents'][number]): string {
  const when = status.decidedAt ? ` on ${new Date(status.decidedAt).toLocaleDateString()}` : '';
  const version = status.decidedVersion ? ` (text version ${status.decidedVersion})` : '';
  if (status.decisionNeeded && status.decision !== null) {
    return `The text changed since you answered${when}${version}: please read it and answer again.`;
  }
  switch (status.decision) {
    case 'ACCEPTED':
      return `You accepted${when}${version}.`;
    case 'DECLINED':
      return `You declined${when}${version}.`;
    case 'WITHDRAWN':
      return `You withdrew your consent${when}${version}.`;
    default:
      return 'You have not answered yet.';
  }
}

/**
 * Where each consent stands, and a way to change the answer: the same texts and form as the first
 * sign-in, for one consent at a time. Withdrawing telehealth means no video visits until given again.
 */
export function ConsentSettings() {
  const context = useContext(ConsentsContext);
  const [changing, setChanging] = useState<ConsentKind | null>(null);
  const consents = context.consents;
  if (!consents) {
    return <p>Your consents could not be read just now (are you offline?). Please try again later.</p>;
  }
  return (
    <div id="settings-consents">
      {consents.consents.map((status) => (
        <div key={status.kind} class="consent-standing" data-kind={status.kind}>
          <h3>{names[status.kind]}</h3>
          <p data-field="standing">{standing(status)}</p>
          {status.kind === 'TELEHEALTH' && !status.granted && (
            <p class="muted">Without it, Motus cannot hold video visits with you.</p>
          )}
          {changing === status.kind ? (
            <ConsentStep
              consents={consents}
              only={[status.kind]}
              onDone={(updated) => {
                context.update(updated);
                setChanging(null);
              }}
            />
          ) : (
            <button
              type="button"
              class="button secondary"
              id={`change-consent-${status.kind}`}
              onClick={() => setChanging(status.kind)}
            >
              {status.granted ? 'Read again or withdraw' : 'Read and answer'}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
