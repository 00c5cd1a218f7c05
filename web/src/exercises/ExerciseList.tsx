import { fetchExercises, type Exercise } from '../api/exercises.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { pillarName, regionName } from './wording.ts';

interface Props {
  /** Where the exercises come from; the gateway unless a test says otherwise. */
  load?: (signal: AbortSignal) => Promise<Exercise[]>;
}

/** The exercise library: name, pillar and body areas of each exercise. */
export function ExerciseList({ load = fetchExercises }: Props) {
  const [exercises, retry] = useLoad(load);
  return (
    <section class="exercises" aria-labelledby="exercises-heading" aria-busy={exercises.status === 'loading'}>
      <h1 id="exercises-heading">Exercises</h1>
      {exercises.status === 'loading' && (
        <p class="loading" role="status">
          Loading exercises…
        </p>
      )}
      {exercises.status === 'failed' && <LoadFailure error={exercises.error} what="the exercises" onRetry={retry} />}
      {exercises.status === 'loaded' && exercises.value.length === 0 && (
        <p>There are no exercises in the library yet.</p>
      )}
      {exercises.status === 'loaded' && exercises.value.length > 0 && (
        <ul id="exercise-list" class="exercise-list">
          {exercises.value.map((exercise) => (
            <ExerciseItem key={exercise.id} exercise={exercise} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ExerciseItem({ exercise }: { exercise: Exercise }) {
  return (
    <li class="exercise">
      <h2 class="exercise-name">{exercise.name}</h2>
      <dl class="exercise-facts">
        <div>
          <dt>Type</dt>
          <dd class="exercise-pillar">{pillarName(exercise.pillar)}</dd>
        </div>
        <div>
          <dt>Body areas</dt>
          <dd class="exercise-regions">
            {exercise.regions.length > 0 ? exercise.regions.map(regionName).join(', ') : 'Not stated'}
          </dd>
        </div>
      </dl>
    </li>
  );
}
