import { useState } from 'preact/hooks';
import { fetchExercises, type Exercise } from '../api/exercises.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { ClinicExerciseForm } from './ClinicExerciseForm.tsx';
import { Demonstration, DemonstrationUpload } from './Demonstration.tsx';
import { pillarName, regionName } from './wording.ts';
import { t } from '../i18n/i18n.ts';
import './exercises.css';

interface Props {
  /** Where the exercises come from; the gateway unless a test says otherwise. */
  load?: (signal: AbortSignal) => Promise<Exercise[]>;
  /** A therapist's library: add clinic exercises, edit them, upload their demonstrations. */
  editable?: boolean;
}

/** The exercise library: name, pillar, body areas, who made it and its demonstration. */
export function ExerciseList({ load = fetchExercises, editable = false }: Props) {
  const [exercises, retry] = useLoad(load);
  const [adding, setAdding] = useState(false);
  return (
    <section class="exercises" aria-labelledby="exercises-heading" aria-busy={exercises.status === 'loading'}>
      <h1 id="exercises-heading">{t('Exercises')}</h1>
      {exercises.status === 'loading' && (
        <p class="loading" role="status">
          {t('Loading exercises…')}
        </p>
      )}
      {exercises.status === 'failed' && (
        <LoadFailure error={exercises.error} what={t('the exercises')} onRetry={retry} />
      )}
      {editable &&
        (adding ? (
          <ClinicExerciseForm
            onSaved={() => {
              setAdding(false);
              retry();
            }}
            onClose={() => setAdding(false)}
          />
        ) : (
          <p>
            <button type="button" class="button" id="add-clinic-exercise" onClick={() => setAdding(true)}>
              {t('Add a clinic exercise')}
            </button>
          </p>
        ))}
      {exercises.status === 'loaded' && exercises.value.length === 0 && (
        <p>{t('There are no exercises in the library yet.')}</p>
      )}
      {exercises.status === 'loaded' && exercises.value.length > 0 && (
        <ul id="exercise-list" class="exercise-list">
          {exercises.value.map((exercise) => (
            <ExerciseItem key={exercise.id} exercise={exercise} editable={editable} onChanged={retry} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ItemProps {
  exercise: Exercise;
  editable: boolean;
  onChanged: () => void;
}

function ExerciseItem({ exercise, editable, onChanged }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const clinic = !exercise.builtIn;
  return (
    <li class="exercise" data-exercise-id={exercise.id} data-slug={exercise.slug}>
      <h2 class="exercise-name">{exercise.name}</h2>
      <dl class="exercise-facts">
        <div>
          <dt>{t('Type')}</dt>
          <dd class="exercise-pillar">{pillarName(exercise.pillar)}</dd>
        </div>
        <div>
          <dt>{t('Body areas')}</dt>
          <dd class="exercise-regions">
            {exercise.regions.length > 0 ? exercise.regions.map(regionName).join(', ') : t('Not stated')}
          </dd>
        </div>
        <div>
          <dt>{t('Made by')}</dt>
          <dd class="exercise-made-by">{clinic ? (exercise.madeBy ?? t('Your clinic')) : t('Motus library')}</dd>
        </div>
      </dl>
      {clinic && <Demonstration exercise={exercise} />}
      {editable && clinic && (
        <>
          {editing ? (
            <ClinicExerciseForm
              exercise={exercise}
              onSaved={() => {
                setEditing(false);
                onChanged();
              }}
              onClose={() => setEditing(false)}
            />
          ) : (
            <button type="button" class="button small secondary" onClick={() => setEditing(true)}>
              {t('Edit')}
              <span class="visually-hidden"> {exercise.name}</span>
            </button>
          )}
          <DemonstrationUpload exercise={exercise} onChanged={onChanged} />
        </>
      )}
    </li>
  );
}
