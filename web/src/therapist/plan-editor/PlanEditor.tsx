import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ApiError } from '../../api/http.ts';
import { fetchPatient } from '../../api/patients.ts';
import {
  createPlan,
  discardDraft,
  fetchDraft,
  fetchPatientPlan,
  fetchPlan,
  fetchProtocols,
  fetchVersion,
  handoutUrl,
  publishDraft,
  saveDraft,
  type Plan,
  type PlanSafety,
  type PlanVersionView,
  type Protocol,
} from '../../api/plans.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { actionFailure, formatDateTime, violationsOf } from '../format.ts';
import {
  attachFindings,
  contraindicationsFor,
  findingText,
  fromExercise,
  fromProtocol,
  fromVersion,
  hasBlocking,
  moveItem,
  needsLoadReason,
  publishBody,
  removeItem,
  toDraftInput,
  type EditorItem,
  type FindingsByItem,
} from './editorItems.ts';
import { ItemEditor } from './ItemEditor.tsx';
import { LibrarySearch } from './LibrarySearch.tsx';
import { ProgressionPanel } from './ProgressionPanel.tsx';
import { contraindicationWarning, safetyOf, SafetyNotes } from './SafetyNotes.tsx';

interface EditorStart {
  plan: Plan | null;
  protocols: Protocol[];
  /** The patient's conditions, to match exercises' contraindications against (rule 20). */
  conditions: string[];
  /** What the editor opens with: the draft, else the active version, else nothing. */
  base: PlanVersionView | null;
}

async function loadEditor(patientId: string, signal: AbortSignal): Promise<EditorStart> {
  const [plan, protocols, conditions] = await Promise.all([
    fetchPatientPlan(patientId, signal),
    fetchProtocols(signal),
    fetchPatient(patientId, signal).then(
      (record) => record.conditions as string[],
      () => [] as string[], // The service still checks contraindications on save.
    ),
  ]);
  let base: PlanVersionView | null = null;
  if (plan?.draftVersion != null) base = await fetchDraft(plan.id, signal);
  else if (plan?.activeVersion != null) base = await fetchVersion(plan.id, plan.activeVersion, signal);
  return { plan, protocols, conditions, base };
}

/** `/patients/:id/plan`: the patient's plan, from a protocol or blank, edited, checked and published. */
export function PlanEditorScreen() {
  const { params } = useRoute();
  const patientId = params['id'] ?? '';
  const [start, reload] = useLoad((signal) => loadEditor(patientId, signal));
  return (
    <section class="plan-editor" aria-labelledby="plan-heading" aria-busy={start.status === 'loading'}>
      <p class="back-link">
        <a href={`/patients/${encodeURIComponent(patientId)}`}>Back to the patient</a>
      </p>
      <h1 id="plan-heading">Home programme</h1>
      {start.status === 'loading' && <p class="loading" role="status">Loading the plan…</p>}
      {start.status === 'failed' && <LoadFailure error={start.error} what="the plan" onRetry={reload} />}
      {start.status === 'loaded' && start.value.plan === null && (
        <StartPlan patientId={patientId} protocols={start.value.protocols} onCreated={reload} />
      )}
      {start.status === 'loaded' && start.value.plan !== null && (
        <PlanWorkspace
          key={`${start.value.plan.id}-${start.value.plan.activeVersion}-${start.value.plan.draftVersion}`}
          initialPlan={start.value.plan}
          protocols={start.value.protocols}
          conditions={start.value.conditions}
          base={start.value.base}
          onReload={reload}
        />
      )}
    </section>
  );
}

function StartPlan({ patientId, protocols, onCreated }: { patientId: string; protocols: Protocol[]; onCreated: () => void }) {
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
        <input id="plan-title" type="text" maxLength={120} required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
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
          <input type="radio" name="start" id="start-blank" value="blank" checked={choice === 'blank'} onChange={() => setChoice('blank')} />
          <label for="start-blank">
            <strong>Blank plan</strong>: add exercises from the library yourself.
          </label>
        </p>
      </fieldset>
      {error && <p class="error" role="alert">{error}</p>}
      <button id="create-plan" type="submit" class="button" disabled={busy}>
        {busy ? 'Creating…' : 'Create plan'}
      </button>
    </form>
  );
}

const noFindings: FindingsByItem = { byItem: {}, general: [] };

interface WorkspaceProps {
  initialPlan: Plan;
  protocols: Protocol[];
  conditions: string[];
  base: PlanVersionView | null;
  /** Loads the plan again from the service (after a discard or an accepted progression). */
  onReload: () => void;
}

function PlanWorkspace({ initialPlan, protocols, conditions, base, onReload }: WorkspaceProps) {
  const [plan, setPlan] = useState(initialPlan);
  const [items, setItems] = useState<EditorItem[]>(() => (base ? fromVersion(base) : []));
  const [findings, setFindings] = useState<FindingsByItem>(() =>
    base ? attachFindings(items.map((i) => i.key), base.warnings ?? [], [], 'IMPOSSIBLE') : noFindings,
  );
  const [changeNote, setChangeNote] = useState(base?.status === 'DRAFT' ? (base.changeNote ?? '') : '');
  /** Edits not yet sent to the service (a draft that has not been checked). */
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [protocolChoice, setProtocolChoice] = useState(protocols[0]?.id ?? '');
  /** Rule 15: the therapist's reason per item (by key) for a load raised more than 10 %. */
  const [loadReasons, setLoadReasons] = useState<Record<string, string>>({});
  const [safety, setSafety] = useState<PlanSafety>(() => safetyOf(initialPlan, base));
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfterRender.current) {
      document.getElementById(focusAfterRender.current)?.focus();
      focusAfterRender.current = null;
    }
  });

  const edit = (next: EditorItem[]) => {
    setItems(next);
    setDirty(true);
    setStatus('');
  };

  const move = (index: number, delta: number) => {
    const item = items[index];
    if (!item) return;
    const next = moveItem(items, index, delta);
    edit(next);
    const newIndex = next.indexOf(item);
    const atEdge = delta < 0 ? newIndex === 0 : newIndex === next.length - 1;
    focusAfterRender.current = `${atEdge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}-${item.key}`;
    setStatus(`${item.exerciseName} moved to place ${newIndex + 1} of ${next.length}.`);
  };

  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    edit(removeItem(items, index));
    setStatus(`${item.exerciseName} removed from the plan.`);
    focusAfterRender.current = 'items-heading';
  };

  const useProtocol = () => {
    const protocol = protocols.find((p) => p.id === protocolChoice);
    if (!protocol) return;
    edit(fromProtocol(protocol));
    setFindings(noFindings);
    setChangeNote(`Started from the protocol '${protocol.name}'.`);
    setStatus(`The plan now holds the ${protocol.items.length} items of ${protocol.name}. Save or publish to keep them.`);
  };

  /** Sends the items as the draft; answers the service's findings, or null when it refused them. */
  const save = async (): Promise<FindingsByItem | null> => {
    const keys = items.map((i) => i.key);
    try {
      const draft = await saveDraft(plan.id, toDraftInput(items, changeNote));
      const warnings = draft.warnings ?? [];
      const filed = attachFindings(keys, warnings, [], 'IMPOSSIBLE');
      setFindings(filed);
      setSafety((before) => ({ ...before, ...safetyOf(draft) }));
      setDirty(false);
      setPlan(await fetchPlan(plan.id));
      setStatus(
        warnings.length === 0
          ? `Draft version ${draft.version} saved. No dosage warnings.`
          : `Draft version ${draft.version} saved with ${warnings.length} dosage warning${warnings.length === 1 ? '' : 's'}; see the items.`,
      );
      return filed;
    } catch (failure) {
      if (failure instanceof ApiError && (failure.status === 400 || failure.status === 422)) {
        const violations = violationsOf(failure.problem.extensions);
        setFindings(attachFindings(keys, [], violations, failure.status === 422 ? 'CONTRAINDICATED' : 'IMPOSSIBLE'));
        setDirty(false);
        setError(`Not saved: ${failure.problem.detail ?? failure.problem.title} Fix the items marked below.`);
      } else {
        setError(actionFailure(failure, 'save the draft'));
      }
      return null;
    }
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const onSave = () => run(async () => void (await save()));

  const missingReasons = (current: FindingsByItem) => items.filter((i) => needsLoadReason(current.byItem[i.key]) && !loadReasons[i.key]?.trim());

  const onPublish = () =>
    run(async () => {
      let current = findings;
      if (dirty || plan.draftVersion === null) {
        const saved = await save();
        if (!saved) return;
        current = saved;
      }
      const missing = missingReasons(current);
      if (missing.length > 0) {
        setError(`Not published: give a reason for the higher load of ${missing.map((i) => i.exerciseName).join(', ')} (marked on the item).`);
        return;
      }
      try {
        const published = await publishDraft(plan.id, publishBody(items, current, loadReasons));
        setPlan(await fetchPlan(plan.id));
        setFindings(attachFindings(items.map((i) => i.key), published.warnings ?? [], [], 'IMPOSSIBLE'));
        setChangeNote('');
        setStatus(`Version ${published.version} published. The patient sees it from now on.`);
      } catch (failure) {
        if (failure instanceof ApiError && failure.status === 422) {
          const violations = violationsOf(failure.problem.extensions);
          setFindings(attachFindings(items.map((i) => i.key), [], violations, 'CONTRAINDICATED'));
          setError(`Not published: ${failure.problem.detail ?? failure.problem.title} See the items marked below.`);
        } else {
          setError(actionFailure(failure, 'publish'));
        }
      }
    });

  const onDiscard = () =>
    run(async () => {
      try {
        await discardDraft(plan.id);
        onReload();
      } catch (failure) {
        setError(actionFailure(failure, 'discard the draft'));
      }
    });

  const blocked = hasBlocking(findings) && !dirty;
  const empty = items.length === 0;
  /** No draft and no edit: publishing would only copy the active version. */
  const unchanged = !dirty && plan.draftVersion === null;

  return (
    <div class="plan-workspace">
      <p class="plan-summary">
        <strong>{plan.title}</strong>.{' '}
        {plan.activeVersion !== null ? `The patient sees version ${plan.activeVersion}.` : 'Not published yet: the patient sees nothing.'}{' '}
        {plan.draftVersion !== null ? `Draft version ${plan.draftVersion} is open.` : ''}
      </p>

      <div id="plan-status" class="status" role="status" aria-live="polite">
        {status}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      <SafetyNotes safety={safety} />

      <section class="panel" aria-labelledby="protocol-heading">
        <h2 id="protocol-heading">Start from a protocol</h2>
        <p>Replaces the items below with a condition protocol's items and dosages; nothing changes for the patient until you publish.</p>
        <div class="inline-form">
          <label for="protocol-choice">Protocol</label>
          <select id="protocol-choice" value={protocolChoice} onChange={(e) => setProtocolChoice(e.currentTarget.value)}>
            {protocols.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.items.length} items)
              </option>
            ))}
          </select>
          <button id="use-protocol" type="button" class="button secondary" onClick={useProtocol} disabled={busy || protocols.length === 0}>
            Use this protocol
          </button>
        </div>
      </section>

      <section class="panel" aria-labelledby="items-heading">
        <h2 id="items-heading" tabIndex={-1}>Items ({items.length})</h2>
        {findings.general.length > 0 && (
          <ul class="findings">
            {findings.general.map((f, i) => (
              <li key={i} class={f.blocks ? 'finding blocking' : 'finding'}>
                {f.blocks ? 'Error' : 'Warning'}: {f.field ? `${f.field}: ` : ''}
                {f.message}
              </li>
            ))}
          </ul>
        )}
        {empty ? (
          <p>No items yet. Use a protocol above or add exercises from the library below.</p>
        ) : (
          <ol id="plan-items" class="plan-items">
            {items.map((item, index) => (
              <ItemEditor
                key={item.key}
                item={item}
                index={index}
                count={items.length}
                findings={findings.byItem[item.key] ?? []}
                disabled={busy}
                loadReason={loadReasons[item.key] ?? ''}
                onLoadReason={(reason) => setLoadReasons({ ...loadReasons, [item.key]: reason })}
                onChange={(changed) => edit(items.map((i) => (i.key === changed.key ? changed : i)))}
                onMove={(delta) => move(index, delta)}
                onRemove={() => remove(index)}
              />
            ))}
          </ol>
        )}
      </section>

      <LibrarySearch
        conditions={conditions}
        onAdd={(exercise) => {
          const item = fromExercise(exercise, items[items.length - 1]?.section ?? '');
          edit([...items, item]);
          const against = contraindicationsFor(exercise, conditions);
          if (against.length > 0) {
            // Rule 20: shown at once; the service files the same warning when the draft is saved.
            const warning = contraindicationWarning(against);
            setFindings((all) => ({ ...all, byItem: { ...all.byItem, [item.key]: [warning] } }));
            setStatus(`${exercise.name} added as item ${items.length + 1}. ${findingText(warning)}`);
          } else {
            setStatus(`${exercise.name} added as item ${items.length + 1}.`);
          }
        }}
      />

      <section class="panel" aria-labelledby="publish-heading">
        <h2 id="publish-heading">Save and publish</h2>
        <p class="field">
          <label for="change-note">What changed (shown in the history)</label>
          <input id="change-note" type="text" maxLength={500} value={changeNote} onInput={(e) => { setChangeNote(e.currentTarget.value); setDirty(true); }} />
        </p>
        {blocked && (
          <p id="publish-blocked" class="error">
            Publishing is blocked: fix the errors marked on the items first.
          </p>
        )}
        {unchanged && !empty && (
          <p id="publish-unchanged" class="muted">
            Nothing new to publish: the patient sees these items (version {plan.activeVersion}). Change an item to start the
            next version.
          </p>
        )}
        <div class="actions">
          <button id="save-draft" type="button" class="button secondary" onClick={onSave} disabled={busy || empty || unchanged}>
            Save draft and check dosages
          </button>
          <button
            id="publish-plan"
            type="button"
            class="button"
            onClick={onPublish}
            disabled={busy || empty || blocked || unchanged}
            aria-describedby={blocked ? 'publish-blocked' : unchanged ? 'publish-unchanged' : undefined}
          >
            Publish to the patient
          </button>
          {plan.draftVersion !== null && (
            <button id="discard-draft" type="button" class="button secondary" onClick={onDiscard} disabled={busy}>
              Discard draft
            </button>
          )}
        </div>
      </section>

      <History plan={plan} />
      {plan.activeVersion !== null && <ProgressionPanel planId={plan.id} onPublished={onReload} />}
    </div>
  );
}

function History({ plan }: { plan: Plan }) {
  const versions = [...plan.versions].sort((a, b) => b.version - a.version);
  return (
    <section class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {versions.length === 0 ? (
        <p>No versions yet.</p>
      ) : (
        <ul id="plan-history" class="history">
          {versions.map((v) => (
            <li key={v.version} data-version={v.version}>
              <strong>Version {v.version}</strong>
              {v.status === 'DRAFT' ? ' (draft, not seen by the patient)' : v.version === plan.activeVersion ? ' (the patient sees this one)' : ''}
              {': '}
              {v.itemCount} item{v.itemCount === 1 ? '' : 's'},{' '}
              {v.publishedAt ? `published ${formatDateTime(v.publishedAt)}` : `started ${formatDateTime(v.createdAt)}`}
              {v.changeNote ? `. ${v.changeNote}` : ''}
              {v.status === 'PUBLISHED' && (
                <>
                  {' '}
                  <a href={handoutUrl(plan.id, v.version)} download>
                    Handout for version {v.version} (PDF)
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {plan.activeVersion !== null && (
        <p>
          <a id="handout-link" class="button secondary" href={handoutUrl(plan.id)} download>
            Download the handout (PDF)
          </a>
        </p>
      )}
    </section>
  );
}
