import { useContext, useState } from 'preact/hooks';
import type { ConsentKind, Consents } from '../../api/consents.ts';
import { ConsentsContext } from '../consents.ts';
import { ConsentStep } from '../welcome/ConsentStep.tsx';
import { dateFormat, msg, t } from '../../i18n/i18n.ts';

const names = {
  TELEHEALTH: msg('Telehealth: care by video'),
  REMOTE_MONITORING: msg('Remote monitoring between visits'),
} satisfies Record<ConsentKind, string>;

/** What each answer means now, in the patient's words. */
function standing(status: Consents['consents'][number]): string {
  const when = status.decidedAt
    ? ` ${t('on {date}', { date: dateFormat({ dateStyle: 'medium' }).format(new Date(status.decidedAt)) })}`
    : '';
  const version = status.decidedVersion ? ` ${t('(text version {version})', { version: status.decidedVersion })}` : '';
  const detail = when + version;
  if (status.decisionNeeded && status.decision !== null) {
    return t('The text changed since you answered{detail}: please read it and answer again.', { detail });
  }
  switch (status.decision) {
    case 'ACCEPTED':
      return t('You accepted{detail}.', { detail });
    case 'DECLINED':
      return t('You declined{detail}.', { detail });
    case 'WITHDRAWN':
      return t('You withdrew your consent{detail}.', { detail });
    default:
      return t('You have not answered yet.');
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
    return <p>{t('Your consents could not be read just now (are you offline?). Please try again later.')}</p>;
  }
  return (
    <div id="settings-consents">
      {consents.consents.map((status) => (
        <div key={status.kind} class="consent-standing" data-kind={status.kind}>
          <h3>{t(names[status.kind])}</h3>
          <p data-field="standing">{standing(status)}</p>
          {status.kind === 'TELEHEALTH' && !status.granted && (
            <p class="muted">{t('Without it, Motus cannot hold video visits with you.')}</p>
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
              {status.granted ? t('Read again or withdraw') : t('Read and answer')}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
