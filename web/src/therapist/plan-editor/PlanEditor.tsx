import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ApiError } from '../../api/http.ts';
import { fetchPatient } from '../../api/patients.ts';
import {
  discardDraft,
  fetchDraft,
  fetchPatientPlan,
  fetchPlan,
  fetchProtocols,
  fetchVersion,
  publishDraft,
  saveDraft,
  type Plan,
  type PlanSafety,
  type PlanVersionView,
  type Protocol,
} from '../../api/plans.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { actionFailure, violationsOf } from '../format.ts';
import {
  attachFindings,
  contraindicationsFor,
  findingText,
  fromExercise,
  fromProtocol,
  fromVersion,
  hasBlocking,
  insertInSection,
  moveItem,
  needsLoadReason,
  publishBody,
  removeItem,
  sectionFor,
  sectionsOf,
  toDraftInput,
  type EditorItem,
  type FindingsByItem,
} from './editorItems.ts';
import { ItemEditor } from './ItemEditor.tsx';
import { LibrarySearch } from './LibrarySearch.tsx';
import { ProgressionPanel } from './ProgressionPanel.tsx';
import { History } from './History.tsx';
import { ProtocolPicker, PublishSection } from './PublishSection.tsx';
import { StartPlan } from './StartPlan.tsx';
import { useActionFeedback } from './useActionFeedback.ts';
import { contraindicationWarning, safetyOf, SafetyNotes } from './SafetyNotes.tsx';
import { t } from '../../i18n/i18n.ts';
import { SharePlan } from './SharePlan.tsx';
import { isTextField, shortcutOf } from './shortcuts.ts';

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
        <a href={`/patients/${encodeURIComponent(patientId)}`}>{t('Back to the patient')}</a>
      </p>
      <h1 id="plan-heading">{t('Home programme')}</h1>
      {start.status === 'loading' && (
        <p class="loading" role="status">
          {t('Loading the plan…')}
        </p>
      )}
      {start.status === 'failed' && <LoadFailure error={start.error} what={t('the plan')} onRetry={reload} />}
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
    base
      ? attachFindings(
          items.map((i) => i.key),
          base.warnings ?? [],
          [],
          'IMPOSSIBLE',
        )
      : noFindings,
  );
  const [changeNote, setChangeNote] = useState(base?.status === 'DRAFT' ? (base.changeNote ?? '') : '');
  /** Edits not yet sent to the service (a draft that has not been checked). */
  const [dirty, setDirty] = useState(false);
  const { busy, status, setStatus, error, setError, run } = useActionFeedback();
  /** Rule 15: the therapist's reason per item (by key) for a load raised more than 10 %. */
  const [loadReasons, setLoadReasons] = useState<Record<string, string>>({});
  const [safety, setSafety] = useState<PlanSafety>(() => safetyOf(initialPlan, base));
  const focusAfterRender = useRef<string | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);

  useEffect(() => {
    if (focusAfterRender.current) {
      document.getElementById(focusAfterRender.current)?.focus();
      focusAfterRender.current = null;
    }
  });

  // Issue 19 item 7: the editor's keyboard shortcuts (listed under "Keyboard shortcuts").
  const shortcuts = useRef<(event: KeyboardEvent) => void>(() => undefined);
  shortcuts.current = (event: KeyboardEvent) => {
    const shortcut = shortcutOf({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      shiftKey: event.shiftKey,
      inTextField: isTextField(document.activeElement),
    });
    if (shortcut === null) return;
    if (shortcut === 'move-up' || shortcut === 'move-down') {
      const row = document.activeElement?.closest('[data-editor-index]');
      if (!row) return;
      event.preventDefault();
      move(Number(row.getAttribute('data-editor-index')), shortcut === 'move-up' ? -1 : 1);
      return;
    }
    event.preventDefault();
    if (shortcut === 'save' && !busy) onSave();
    if (shortcut === 'publish' && !busy && !blocked && !empty) onPublish();
    if (shortcut === 'search') document.getElementById('library-text')?.focus();
    if (shortcut === 'help') setShowShortcuts((shown) => !shown);
  };
  // A layout effect: the shortcuts work from the first paint, not a frame later.
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => shortcuts.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

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
    setStatus(
      t('{name} moved to place {position} of {count}.', {
        name: item.exerciseName,
        position: newIndex + 1,
        count: next.length,
      }),
    );
  };

  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    edit(removeItem(items, index));
    setStatus(t('{name} removed from the plan.', { name: item.exerciseName }));
    focusAfterRender.current = 'items-heading';
  };

  const useProtocol = (protocol: Protocol) => {
    edit(fromProtocol(protocol));
    setFindings(noFindings);
    setChangeNote(t('Started from the protocol “{name}”.', { name: protocol.name }));
    setStatus(
      t('The plan now holds the {count} items of {name}. Save or publish to keep them.', {
        count: protocol.items.length,
        name: protocol.name,
      }),
    );
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
          ? t('Draft version {version} saved. No dosage warnings.', { version: draft.version })
          : t(
              'Draft version {version} saved with {count, plural, one {# dosage warning} other {# dosage warnings}}; see the items.',
              { version: draft.version, count: warnings.length },
            ),
      );
      return filed;
    } catch (failure) {
      if (failure instanceof ApiError && (failure.status === 400 || failure.status === 422)) {
        const violations = violationsOf(failure.problem.extensions);
        setFindings(attachFindings(keys, [], violations, failure.status === 422 ? 'CONTRAINDICATED' : 'IMPOSSIBLE'));
        setDirty(false);
        setError(
          t('Not saved: {reason} Fix the items marked below.', {
            reason: failure.problem.detail ?? failure.problem.title,
          }),
        );
      } else {
        setError(actionFailure(failure, t('save the draft')));
      }
      return null;
    }
  };

  const onSave = () => run(async () => void (await save()));

  const missingReasons = (current: FindingsByItem) =>
    items.filter((i) => needsLoadReason(current.byItem[i.key]) && !loadReasons[i.key]?.trim());

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
        setError(
          t('Not published: give a reason for the higher load of {exercises} (marked on the item).', {
            exercises: missing.map((i) => i.exerciseName).join(', '),
          }),
        );
        return;
      }
      try {
        const published = await publishDraft(plan.id, publishBody(items, current, loadReasons));
        setPlan(await fetchPlan(plan.id));
        setFindings(
          attachFindings(
            items.map((i) => i.key),
            published.warnings ?? [],
            [],
            'IMPOSSIBLE',
          ),
        );
        setChangeNote('');
        setStatus(t('Version {version} published. The patient sees it from now on.', { version: published.version }));
      } catch (failure) {
        if (failure instanceof ApiError && failure.status === 422) {
          const violations = violationsOf(failure.problem.extensions);
          setFindings(
            attachFindings(
              items.map((i) => i.key),
              [],
              violations,
              'CONTRAINDICATED',
            ),
          );
          setError(
            t('Not published: {reason} See the items marked below.', {
              reason: failure.problem.detail ?? failure.problem.title,
            }),
          );
        } else {
          setError(actionFailure(failure, t('publish')));
        }
      }
    });

  const onDiscard = () =>
    run(async () => {
      try {
        await discardDraft(plan.id);
        onReload();
      } catch (failure) {
        setError(actionFailure(failure, t('discard the draft')));
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
        {plan.activeVersion !== null
          ? t('The patient sees version {version}.', { version: plan.activeVersion })
          : t('Not published yet: the patient sees nothing.')}{' '}
        {plan.draftVersion !== null ? t('Draft version {version} is open.', { version: plan.draftVersion }) : ''}
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

      <ProtocolPicker protocols={protocols} disabled={busy} onUse={useProtocol} />

      <section class="panel" aria-labelledby="items-heading">
        <h2 id="items-heading" tabIndex={-1}>
          {t('Items ({count})', { count: items.length })}
        </h2>
        {findings.general.length > 0 && (
          <ul class="findings">
            {findings.general.map((f, i) => (
              <li key={i} class={f.blocks ? 'finding blocking' : 'finding'}>
                {f.blocks ? t('Error') : t('Warning')}: {f.field ? `${f.field}: ` : ''}
                {f.message}
              </li>
            ))}
          </ul>
        )}
        {empty ? (
          <p>{t('No items yet. Use a protocol above or add exercises from the library below.')}</p>
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
        sections={sectionsOf(items)}
        onAdd={(exercise, section) => {
          // Into the section asked for (or the one its type fits), never simply the last item's.
          const item = fromExercise(exercise, section ?? sectionFor(items, exercise));
          const next = insertInSection(items, item);
          edit(next);
          const position = next.indexOf(item) + 1;
          const added = item.section
            ? t('{name} added as item {position}, in the section {section}.', {
                name: exercise.name,
                position,
                section: item.section,
              })
            : t('{name} added as item {position}.', { name: exercise.name, position });
          const against = contraindicationsFor(exercise, conditions);
          if (against.length > 0) {
            // Rule 20: shown at once; the service files the same warning when the draft is saved.
            const warning = contraindicationWarning(against);
            setFindings((all) => ({ ...all, byItem: { ...all.byItem, [item.key]: [warning] } }));
            setStatus(`${added} ${findingText(warning)}`);
          } else {
            setStatus(added);
          }
        }}
      />

      <PublishSection
        plan={plan}
        changeNote={changeNote}
        onChangeNote={(note) => {
          setChangeNote(note);
          setDirty(true);
        }}
        state={{ busy, empty, blocked, unchanged }}
        onSave={onSave}
        onPublish={onPublish}
        onDiscard={onDiscard}
      />

      <SharePlan plan={plan} patientId={plan.patientId} />

      <details class="panel shortcuts" open={showShortcuts} onToggle={(e) => setShowShortcuts(e.currentTarget.open)}>
        <summary>{t('Keyboard shortcuts')}</summary>
        <dl id="plan-shortcuts">
          <dt>
            <kbd>{t('Ctrl')}</kbd> + <kbd>S</kbd>
          </dt>
          <dd>{t('Save the draft and check the dosages')}</dd>
          <dt>
            <kbd>{t('Ctrl')}</kbd> + <kbd>{t('Enter')}</kbd>
          </dt>
          <dd>{t('Publish to the patient (after the same checks)')}</dd>
          <dt>
            <kbd>{t('Alt')}</kbd> + <kbd>↑</kbd> / <kbd>↓</kbd>
          </dt>
          <dd>{t('Move the item you are in up or down')}</dd>
          <dt>
            <kbd>/</kbd>
          </dt>
          <dd>{t('Search the library')}</dd>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>{t('Show or hide this list')}</dd>
        </dl>
        <p class="muted">{t('On a Mac, Cmd works as Ctrl.')}</p>
      </details>

      <History plan={plan} />
      {plan.activeVersion !== null && <ProgressionPanel planId={plan.id} onPublished={onReload} />}
    </div>
  );
}
