import { useState } from 'preact/hooks';
import { createPlan, type Protocol } from '../../api/plans.ts';
import { actionFailure } from '../format.ts';

/** No plan yet: a title and "Start from" a protocol or blank. */
export function StartPlan({
  patientId,
  protocols,
  onCreated,
}: {
  patientId: string;
  protocols: Protocol[];
  onCreated: () => void;
}) {
  const [title, setTitle] = useState('Home programme');
  const [choice, setChoice] = useState<string>(protocols[0]?.id ?? 'blank');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await createPlan(patientId, title.trim() || 'Home programme', choice === 'blank' ? undefined : choice);
      onCreated();
    } catch (failure) {
      setError(actionFailure(failure, 'create the plan'));
      setBusy(false);
    }
  };

  return (
    <form id="plan-start" class="panel" onSubmit={submit}>
      <h2>Start a plan</h2>
      <p>This patient has no plan yet. Start from a condition protocol and adjust it, or start blank.</p>
      <p class="field">
        <label for="plan-title">Title the patient sees</label>
        <input
          id="plan-title"
          type="text"
          maxLength={120}
          required
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </p>
      <fieldset>
        <legend>Start from</legend>
        {protocols.map((protocol) => (
          <p class="choice" key={protocol.id}>
            <input
              type="radio"
              name="start"
              id={`start-${protocol.id}`}
              value={protocol.id}
              checked={choice === protocol.id}
              onChange={() => setChoice(protocol.id)}
            />
            <label for={`start-${protocol.id}`}>
              <strong>{protocol.name}</strong> ({protocol.items.length} items). {protocol.summary}
            </label>
          </p>
        ))}
        <p class="choice">
          <input
            type="radio"
            name="start"
            id="start-blank"
            value="blank"
            checked={choice === 'blank'}
            onChange={() => setChoice('blank')}
          />
          <label for="start-blank">
            <strong>Blank plan</strong>: add exercises from the library yourself.
          </label>
        </p>
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button id="create-plan" type="submit" class="button" disabled={busy}>
        {busy ? 'Creating…' : 'Create plan'}
      </button>
    </form>
  );
}
