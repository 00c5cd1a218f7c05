import { useState } from 'preact/hooks';
import {
  fetchRegions,
  searchExercises,
  type ExerciseSearch,
  type LibraryExercise,
  type Pillar,
} from '../../api/plans.ts';
import { pillarName, regionName } from '../../exercises/wording.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { plainWords } from '../format.ts';
import { contraindicationsFor } from './editorItems.ts';
import { t } from '../../i18n/i18n.ts';

const pillars: Pillar[] = ['EXERCISE', 'STRETCHING', 'RESTORATION'];

/** "Where its type fits": the editor picks the section from the exercise's type (`sectionFor`). */
const fits = '\u0000fits';

interface Props {
  /** `section` is the heading chosen, or null for "where its type fits". */
  onAdd: (exercise: LibraryExercise, section: string | null) => void;
  conditions?: string[];
  /** The plan's section headings, in order. */
  sections?: string[];
}

/** Search the exercise library by pillar, region and text, and add a result to the plan, into a section. */
export function LibrarySearch({ onAdd, conditions = [], sections = [] }: Props) {
  const [form, setForm] = useState<ExerciseSearch>({ pillar: '', region: '', q: '' });
  const [search, setSearch] = useState<ExerciseSearch>(form);
  const [target, setTarget] = useState(fits);
  const [regions] = useLoad(fetchRegions);
  const chosen = target === fits || target === '' || sections.includes(target) ? target : fits;

  return (
    <section class="panel library-search" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('Add from the library')}</h2>
      <form
        class="inline-form"
        role="search"
        aria-label={t('Exercise library')}
        onSubmit={(e) => {
          e.preventDefault();
          setSearch({ ...form });
        }}
      >
        <span class="field">
          <label for="library-pillar">{t('Type')}</label>
          <select
            id="library-pillar"
            value={form.pillar ?? ''}
            onChange={(e) => setForm({ ...form, pillar: e.currentTarget.value as Pillar | '' })}
          >
            <option value="">{t('Any type')}</option>
            {pillars.map((p) => (
              <option key={p} value={p}>
                {pillarName(p)}
              </option>
            ))}
          </select>
        </span>
        <span class="field">
          <label for="library-region">{t('Body area')}</label>
          <select
            id="library-region"
            value={form.region ?? ''}
            onChange={(e) => setForm({ ...form, region: e.currentTarget.value })}
          >
            <option value="">{t('Any body area')}</option>
            {regions.status === 'loaded' &&
              regions.value.map((r) => (
                <option key={r} value={r}>
                  {regionName(r)}
                </option>
              ))}
          </select>
        </span>
        <span class="field">
          <label for="library-text">{t('Words')}</label>
          <input
            id="library-text"
            type="search"
            value={form.q ?? ''}
            onInput={(e) => setForm({ ...form, q: e.currentTarget.value })}
          />
        </span>
        <button id="library-search" type="submit" class="button secondary">
          {t('Search')}
        </button>
      </form>
      <p class="field">
        <label for="library-section">{t('Add to the section')}</label>
        <select id="library-section" value={chosen} onChange={(e) => setTarget(e.currentTarget.value)}>
          <option value={fits}>{t('Where its type fits')}</option>
          {sections.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          <option value="">{t('No section (at the end)')}</option>
        </select>
      </p>
      <Results
        key={JSON.stringify(search)}
        search={search}
        onAdd={(exercise) => onAdd(exercise, chosen === fits ? null : chosen)}
        conditions={conditions}
      />
    </section>
  );
}

/** One search's results; a new search is a new component, so a late answer never shows under another search. */
function Results(props: { search: ExerciseSearch; onAdd: (exercise: LibraryExercise) => void; conditions: string[] }) {
  const { search, onAdd, conditions } = props;
  const [results, retry] = useLoad((signal) => searchExercises(search, signal));
  return (
    <>
      <div role="status" class="status">
        {results.status === 'loading' && t('Searching…')}
        {results.status === 'loaded' &&
          t('{count, plural, one {# exercise found.} other {# exercises found.}}', { count: results.value.length })}
      </div>
      {results.status === 'failed' && <LoadFailure error={results.error} what={t('the library')} onRetry={retry} />}
      {results.status === 'loaded' && results.value.length > 0 && (
        <ul id="library-results" class="library-results">
          {results.value.map((exercise) => (
            <li key={exercise.id} data-library-exercise={exercise.id}>
              <span>
                <strong>{exercise.name}</strong>
                <span class="muted">
                  {' '}
                  {pillarName(exercise.pillar)}
                  {exercise.regions.length > 0 ? `, ${exercise.regions.map(regionName).join(', ')}` : ''}
                </span>
                <Contraindications exercise={exercise} conditions={conditions} />
              </span>
              <button
                type="button"
                class="button small"
                aria-label={t('Add {name} to the plan', { name: exercise.name })}
                onClick={() => onAdd(exercise)}
              >
                {t('Add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Rule 20: the exercise's contraindications, those this patient has first and said so. */
function Contraindications({ exercise, conditions }: { exercise: LibraryExercise; conditions: string[] }) {
  const all = exercise.contraindicatedConditions ?? [];
  if (all.length === 0) return null;
  const patientHas = contraindicationsFor(exercise, conditions);
  return (
    <span
      class={patientHas.length > 0 ? 'contraindications finding blocking' : 'contraindications muted'}
      data-field="contraindications"
    >
      {' '}
      {t('Contraindicated for: {conditions}', { conditions: all.map(plainWords).join(', ') })}
      {patientHas.length > 0
        ? ` ${t('(this patient has {conditions})', { conditions: patientHas.map(plainWords).join(', ') })}`
        : ''}
      .
    </span>
  );
}
