import { useState } from 'preact/hooks';
import { ApiError } from '../api/http.ts';
import {
  fetchActiveVersion,
  fetchLibrary,
  fetchLibraryExercise,
  fetchPlansOfPatient,
  type LibraryExercise,
} from '../api/planForCall.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { dosageWords, type ExerciseCard } from './exerciseCard.ts';
import { t } from '../i18n/i18n.ts';

interface Choice {
  key: string;
  exerciseId: string;
  name: string;
  dosage: string | null;
  notes: string | null;
}

interface Choices {
  fromPlan: boolean;
  items: Choice[];
}

/** The patient's active plan items, or the library when they have no published plan. */
async function loadChoices(patientId: string, signal: AbortSignal): Promise<Choices> {
  let plans: { id: string; activeVersion: number | null }[] = [];
  try {
    plans = await fetchPlansOfPatient(patientId, signal);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  const plan = plans.find((p) => p.activeVersion !== null);
  if (plan) {
    const version = await fetchActiveVersion(plan.id, signal);
    return {
      fromPlan: true,
      items: version.items.map((item) => ({
        key: item.id,
        exerciseId: item.exerciseId,
        name: item.exerciseName,
        dosage: dosageWords(item.dosage),
        notes: item.notes ?? null,
      })),
    };
  }
  const library = await fetchLibrary(signal);
  return {
    fromPlan: false,
    items: library.map((exercise) => ({
      key: exercise.id,
      exerciseId: exercise.id,
      name: exercise.name,
      dosage: dosageWords(exercise.defaultDosage),
      notes: null,
    })),
  };
}

/** The steps, as therapist-service sends them (a list; the generated type says so). */
function instructionList(exercise: LibraryExercise): string[] {
  return exercise.instructions;
}

/** Therapist, during the call: pick an exercise and show it on the patient's screen. */
export function ExercisePicker({ patientId, onSend }: { patientId: string; onSend: (card: ExerciseCard) => boolean }) {
  const [choices, retry] = useLoad((signal) => loadChoices(patientId, signal));
  const [sent, setSent] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const send = async (choice: Choice) => {
    setFailed(null);
    let instructions: string[] = [];
    try {
      instructions = instructionList(await fetchLibraryExercise(choice.exerciseId));
    } catch {
      // The card still helps without the steps.
    }
    const ok = onSend({ name: choice.name, dosage: choice.dosage, instructions, notes: choice.notes });
    if (ok) setSent(choice.name);
    else setFailed(t('The exercise could not be sent: the call is not connected.'));
  };

  return (
    <section class="call-picker" aria-labelledby="call-picker-heading">
      <h2 id="call-picker-heading">{t('Show the patient an exercise')}</h2>
      <p class="call-picker-status" role="status">
        {sent ? t('Showing “{name}” to the patient.', { name: sent }) : (failed ?? '')}
      </p>
      {choices.status === 'loading' && <p class="loading">{t('Loading exercises…')}</p>}
      {choices.status === 'failed' && <LoadFailure error={choices.error} what={t('the exercises')} onRetry={retry} />}
      {choices.status === 'loaded' && (
        <>
          <p>
            {choices.value.fromPlan
              ? t('From the patient’s current plan:')
              : t('The patient has no published plan. From the library:')}
          </p>
          <ul id="call-exercise-choices">
            {choices.value.items.map((choice) => (
              <li key={choice.key}>
                <span>
                  {choice.name}
                  {choice.dosage && <span class="call-picker-dosage"> · {choice.dosage}</span>}
                </span>
                <button
                  type="button"
                  onClick={() => void send(choice)}
                  aria-label={t('Show {name}', { name: choice.name })}
                >
                  {t('Show')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
