import { useState } from 'preact/hooks';
import type { Plan, Protocol } from '../../api/plans.ts';
import { t } from '../../i18n/i18n.ts';

/** "Start from a protocol": replaces the items with a protocol's (nothing reaches the patient before publishing). */
export function ProtocolPicker({
  protocols,
  disabled,
  onUse,
}: {
  protocols: Protocol[];
  disabled: boolean;
  onUse: (protocol: Protocol) => void;
}) {
  const [choice, setChoice] = useState(protocols[0]?.id ?? '');
  const chosen = protocols.find((p) => p.id === choice);
  return (
    <section class="panel" aria-labelledby="protocol-heading">
      <h2 id="protocol-heading">{t('Start from a protocol')}</h2>
      <p>
        {t(
          "Replaces the items below with a condition protocol's items and dosages; nothing changes for the patient until you publish.",
        )}
      </p>
      <div class="inline-form">
        <label for="protocol-choice">{t('Protocol')}</label>
        <select id="protocol-choice" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
          {protocols.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({t('{count, plural, one {# item} other {# items}}', { count: p.items.length })})
            </option>
          ))}
        </select>
        <button
          id="use-protocol"
          type="button"
          class="button secondary"
          onClick={() => chosen && onUse(chosen)}
          disabled={disabled || !chosen}
        >
          {t('Use this protocol')}
        </button>
      </div>
    </section>
  );
}

interface PublishProps {
  plan: Plan;
  changeNote: string;
  onChangeNote: (note: string) => void;
  state: { busy: boolean; empty: boolean; blocked: boolean; unchanged: boolean };
  onSave: () => void;
  onPublish: () => void;
  onDiscard: () => void;
}

/** "Save and publish": the change note, why publishing is not possible, and the three actions. */
export function PublishSection({ plan, changeNote, onChangeNote, state, onSave, onPublish, onDiscard }: PublishProps) {
  const { busy, empty, blocked, unchanged } = state;
  return (
    <section class="panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('Save and publish')}</h2>
      <p class="field">
        <label for="change-note">{t('What changed (shown in the history)')}</label>
        <input
          id="change-note"
          type="text"
          maxLength={500}
          value={changeNote}
          onInput={(e) => onChangeNote(e.currentTarget.value)}
        />
      </p>
      {blocked && (
        <p id="publish-blocked" class="error">
          {t('Publishing is blocked: fix the errors marked on the items first.')}
        </p>
      )}
      {unchanged && !empty && (
        <p id="publish-unchanged" class="muted">
          {t(
            'Nothing new to publish: the patient sees these items (version {version}). Change an item to start the next version.',
            { version: plan.activeVersion },
          )}
        </p>
      )}
      <div class="actions">
        <button
          id="save-draft"
          type="button"
          class="button secondary"
          onClick={onSave}
          disabled={busy || empty || unchanged}
        >
          {t('Save draft and check dosages')}
        </button>
        <button
          id="publish-plan"
          type="button"
          class="button"
          onClick={onPublish}
          disabled={busy || empty || blocked || unchanged}
          aria-describedby={blocked ? 'publish-blocked' : unchanged ? 'publish-unchanged' : undefined}
        >
          {t('Publish to the patient')}
        </button>
        {plan.draftVersion !== null && (
          <button id="discard-draft" type="button" class="button secondary" onClick={onDiscard} disabled={busy}>
            {t('Discard draft')}
          </button>
        )}
      </div>
    </section>
  );
}
